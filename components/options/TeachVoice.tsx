/**
 * "Teach it your voice": the owner pastes a few recent posts and says what each was; Post Coach
 * learns from them before the first draft. They are not logged and not counted in the mix, and
 * their text is not kept: the background learns from their feature values only.
 */
import { useEffect, useRef, useState } from 'react';
import { LABELS, type Label } from '@/lib/classifier/types';
import { MAX_TAUGHT_POSTS, send, type TaughtPost } from '@/lib/messages';
import { plural } from '@/lib/plural';
import { LABEL_WORDS } from '@/lib/words';

interface Draft {
  text: string;
  label?: Label;
}

const FIRST_ROWS = 3;
const blank = (): Draft[] => Array.from({ length: FIRST_ROWS }, () => ({ text: '' }));

/** The posts to teach, or what to fix first. Empty rows are left out. */
export function taughtFrom(drafts: readonly Draft[]): { posts: TaughtPost[] } | { error: string } {
  const filled = drafts.map((d, i) => ({ ...d, n: i + 1 })).filter((d) => d.text.trim() !== '');
  if (filled.length === 0) return { error: 'Paste at least one post first.' };
  const unmarked = filled.find((d) => !d.label);
  if (unmarked) return { error: `Say what post ${unmarked.n} was, or empty its box.` };
  return { posts: filled.map((d) => ({ text: d.text, label: d.label as Label })) };
}

export function TeachVoice({ onTaught }: { onTaught(posts: TaughtPost[]): void }) {
  const [drafts, setDrafts] = useState<Draft[]>(blank);
  const [note, setNote] = useState<{ ok: boolean; text: string }>();
  const section = useRef<HTMLElement>(null);
  // The popup's empty state links here (options.html#teach); the page draws this section only after
  // settings load, too late for the browser's own jump to the anchor.
  useEffect(() => {
    if (location.hash !== '#teach') return;
    section.current?.scrollIntoView();
    section.current?.querySelector('textarea')?.focus();
  }, []);
  const change = (i: number, patch: Partial<Draft>) =>
    setDrafts((all) => all.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  const teach = async () => {
    const taught = taughtFrom(drafts);
    if ('error' in taught) {
      setNote({ ok: false, text: taught.error });
      return;
    }
    const reply = await send({ kind: 'teach', posts: taught.posts });
    if (!reply.ok) {
      setNote({ ok: false, text: reply.error });
      return;
    }
    setNote({
      ok: true,
      text: `Learned from ${plural(reply.value.learned, 'post', 'posts')}. They are not logged or counted in your mix.`,
    });
    setDrafts(blank());
    onTaught(taught.posts);
  };

  return (
    <section id="teach" aria-labelledby="teach-title" ref={section}>
      <h2 id="teach-title">Teach it your voice</h2>
      <p>
        Paste a few of your recent posts and say what each one was. Post Coach learns how you write before your first
        draft. These posts are not logged, not counted, and their text is not kept.
      </p>
      <dl className="label-meanings" data-testid="label-meanings">
        {LABELS.map((label) => (
          <div key={label}>
            <dt>{LABEL_WORDS[label].name}</dt>
            <dd>{LABEL_WORDS[label].means}</dd>
          </div>
        ))}
      </dl>
      <ol className="teach-list">
        {drafts.map((draft, i) => (
          // Rows are only ever added at the end, so the index is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
          <li key={i} data-testid="teach-post">
            <label>
              Post {i + 1}
              <textarea rows={3} value={draft.text} onChange={(e) => change(i, { text: e.target.value })} />
            </label>
            <fieldset className="teach-label">
              <legend>It was</legend>
              {LABELS.map((label) => (
                <label key={label} className="choice">
                  <input
                    type="radio"
                    name={`teach-${i}`}
                    value={label}
                    checked={draft.label === label}
                    onChange={() => change(i, { label })}
                  />
                  {LABEL_WORDS[label].name}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="row">
        {drafts.length < MAX_TAUGHT_POSTS ? (
          <button type="button" onClick={() => setDrafts((all) => [...all, { text: '' }])}>
            Add another post
          </button>
        ) : null}
        <button type="button" onClick={() => void teach()}>
          Teach Post Coach
        </button>
      </div>
      {note ? (
        <p className={note.ok ? 'ok' : 'error'} role={note.ok ? 'status' : 'alert'} data-testid="teach-message">
          {note.text}
        </p>
      ) : null}
    </section>
  );
}
