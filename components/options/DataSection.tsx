/** Your data: export as CSV or JSON, import JSON (validated), delete everything (confirmed). */
import { useEffect, useRef, useState } from 'react';
import { type ImportSummary, send } from '@/lib/messages';
import { plural } from '@/lib/plural';
import type { StorageArea } from '@/lib/storage/area';
import { exportCsv, exportJson } from '@/lib/storage/export';
import { readState } from '@/lib/storage/read';
import { KEYS } from '@/lib/storage/schema';

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function DataSection({ area }: { area: StorageArea }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [confirming, setConfirming] = useState(false);
  // Keyboard users land on Cancel (the safe answer) when the question opens, and back on the
  // button that asked it when it closes.
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) openerRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const closeConfirm = () => setConfirming(false);
  const stamp = new Date().toISOString().slice(0, 10);

  const exportAs = async (kind: 'json' | 'csv') => {
    const state = await readState(area);
    // What Post Coach learned travels with the log (as stored; the importing side validates it).
    const personal = (await area.get(KEYS.personal))[KEYS.personal];
    if (kind === 'json') download(`post-coach-${stamp}.json`, 'application/json', exportJson({ ...state, personal }));
    else download(`post-coach-${stamp}.csv`, 'text/csv', exportCsv(state));
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 50 * 1024 * 1024) {
      setMessage({ ok: false, text: 'That file is too large to be a Post Coach export, so nothing was imported.' });
      return;
    }
    const reply = await send({ kind: 'import-log', json: await file.text() });
    setMessage(reply.ok ? { ok: true, text: importMessage(reply.value) } : { ok: false, text: reply.error });
  };

  const clear = async () => {
    setConfirming(false);
    const reply = await send({ kind: 'clear-log' });
    setMessage(
      reply.ok
        ? { ok: true, text: `Deleted ${plural(reply.value.removed, 'post', 'posts')}. Your settings are unchanged.` }
        : { ok: false, text: reply.error },
    );
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p>Everything stays in this browser. Take a copy, bring one back, or delete it all.</p>
      <div className="row">
        <button type="button" onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" onClick={() => void exportAs('json')}>
          Export JSON
        </button>
        <label className="file">
          Import JSON
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            onChange={(e) => {
              void importFile(e.target.files?.[0]);
              // Let the owner pick the same file again (e.g. after fixing it).
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {confirming ? (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="confirm-text"
          onKeyDown={(e) => {
            if (e.key === 'Escape') closeConfirm();
          }}
        >
          <p id="confirm-text">
            Delete every logged post and every set-aside record from this browser? Your settings stay. This cannot be
            undone; export first if you want a copy.
          </p>
          <button type="button" className="danger" onClick={() => void clear()}>
            Yes, delete everything
          </button>
          <button type="button" ref={cancelRef} onClick={closeConfirm}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="danger" ref={openerRef} onClick={() => setConfirming(true)}>
          Delete everything…
        </button>
      )}
      {message ? (
        <p className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'} data-testid="data-message">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

const LEARNED_WORDS: Record<NonNullable<ImportSummary['learned']>, string> = {
  imported: ' What Post Coach learned from you came with it.',
  kept: ' What Post Coach learned in this browser was kept; the file’s was not used.',
  unreadable: ' What Post Coach had learned could not be read from the file, so it was left out.',
};

function importMessage({ added, skipped, setAside, learned }: ImportSummary): string {
  const aside =
    setAside > 0
      ? ` ${plural(setAside, 'damaged record was', 'damaged records were')} kept aside, as in the file.`
      : '';
  const already = skipped === 0 ? 'none was' : skipped === 1 ? '1 was' : `${skipped} were`;
  return `Imported ${plural(added, 'post', 'posts')}; ${already} already in your log.${aside}${learned ? LEARNED_WORDS[learned] : ''}`;
}
