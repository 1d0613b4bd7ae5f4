/**
 * The posts Post Coach was unsure of, at the top of the popup, each with one-tap answers. Answering
 * is optional: until then a post counts by the model's probability and the share says it is an
 * estimate. Answers go to the background (the one writer) and come back through storage.
 */
import { LABELS, type Label } from '@/lib/classifier/types';
import { PLATFORM_NAMES } from '@/lib/domain';
import { plural } from '@/lib/plural';
import type { PostRecord } from '@/lib/storage/schema';
import { LABEL_WORDS } from '@/lib/words';

/** The posts of `posts` that wait, in the order `waiting` lists them (newest first). */
export function postsNeedingCall(posts: readonly PostRecord[], waiting: readonly string[]): PostRecord[] {
  const byId = new Map(posts.map((p) => [p.id, p]));
  return waiting.flatMap((id) => {
    const post = byId.get(id);
    return post && post.call === 'pending' ? [post] : [];
  });
}

const excerptOf = (post: PostRecord) =>
  post.excerpt === undefined
    ? `Text not kept (${post.chars} characters)`
    : post.excerpt.length > 280
      ? `${post.excerpt.slice(0, 280)}…`
      : post.excerpt;

export function NeedsCall({
  posts,
  onAnswer,
}: {
  /** Newest first. */
  posts: readonly PostRecord[];
  onAnswer(post: PostRecord, label: Label): void;
}) {
  if (posts.length === 0) return null;
  return (
    <section className="needs-call" aria-labelledby="needs-call-title">
      <h2 id="needs-call-title">{plural(posts.length, 'post needs', 'posts need')} your call</h2>
      <p className="hint">
        Post Coach was not sure what these were. One tap each teaches it your voice; skip them and they count by its
        best estimate.
      </p>
      <ol>
        {posts.map((post) => (
          <li key={post.id} data-testid="needs-call-item">
            <p className="meta">
              {PLATFORM_NAMES[post.platform]}
              {post.composer === 'post' ? '' : ` · ${post.composer}`} · Post Coach guessed {post.label} (
              {Math.round(post.confidence * 100)}% sure)
            </p>
            {/* Rendered as text: React escapes it; an excerpt is never HTML. */}
            <p className={post.excerpt === undefined ? 'excerpt none' : 'excerpt'}>{excerptOf(post)}</p>
            <fieldset className="answers">
              <legend className="visually-hidden">What was this post?</legend>
              {LABELS.map((label) => (
                <button key={label} type="button" data-answer={label} onClick={() => onAnswer(post, label)}>
                  {LABEL_WORDS[label].name}
                </button>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
    </section>
  );
}
