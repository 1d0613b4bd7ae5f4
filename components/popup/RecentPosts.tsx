/** The last 20 logged posts; the owner can correct a label, and corrections count everywhere. */
import { LABELS, type Label } from '@/lib/classifier/types';
import { effectiveLabel } from '@/lib/stats/ratio';
import type { PostRecord } from '@/lib/storage/schema';

const SHOWN = 20;
const PLATFORM_NAMES = { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook' } as const;

export function RecentPosts({
  posts,
  onCorrect,
}: {
  posts: readonly PostRecord[];
  onCorrect(id: string, label: Label): void;
}) {
  const recent = [...posts].sort((a, b) => b.publishedAt - a.publishedAt).slice(0, SHOWN);
  if (recent.length === 0) return null;
  const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent posts</h2>
      <ol>
        {recent.map((post) => (
          <li key={post.id} data-testid="recent-post" data-label={effectiveLabel(post)}>
            <div className="meta">
              {PLATFORM_NAMES[post.platform]} · {post.composer} ·{' '}
              <time dateTime={new Date(post.publishedAt).toISOString()}>{time.format(post.publishedAt)}</time>
            </div>
            {/* Rendered as text: React escapes it; an excerpt is never HTML. */}
            <p className="excerpt">{post.excerpt ?? `(${post.chars} characters, text not kept)`}</p>
            <label>
              <span className="visually-hidden">Label for this post</span>
              <select
                value={effectiveLabel(post)}
                onChange={(event) => onCorrect(post.id, event.target.value as Label)}
                data-testid="label-select"
              >
                {LABELS.map((label) => (
                  <option key={label} value={label}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            {post.correctedLabel ? <span className="corrected"> corrected by you (was {post.label})</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
