/** A new owner's first posts: how far to a share worth judging, and what already went well. */
import type { MixCounts } from '@/lib/stats/ratio';
import { POSTS_TO_JUDGE } from '@/lib/stats/summary';

/** What the first posts did well, or the one kind to add: never a verdict on so few. */
export function firstPostsNote({ total, salesy, conversational, helpful }: MixCounts): string {
  const social = conversational + helpful;
  if (salesy === 0)
    return total === 1
      ? 'Your first post talked with people or shared a tip: a good start.'
      : `All ${total} talked with people or shared a tip: a good start.`;
  if (social > salesy) return `${social} of your ${total} talked with people or shared a tip: a good start.`;
  if (conversational === 0 && helpful > 0) return 'Ask your followers a question next: it starts a conversation.';
  if (helpful === 0 && conversational > 0) return 'Share a tip next: something you know that helps your customers.';
  return 'Mix in a tip or a question for your followers as you go.';
}

export function FirstPosts({ window }: { window: MixCounts }) {
  const left = POSTS_TO_JUDGE - window.total;
  return (
    <div className="progress-note" data-testid="first-posts">
      <div className="progress" aria-hidden="true">
        <div className="fill" style={{ width: `${(window.total / POSTS_TO_JUDGE) * 100}%` }} />
      </div>
      <p className="verdict">
        {window.total} of {POSTS_TO_JUDGE} posts so far: {left} more and Post Coach compares your mix with your target.
      </p>
      <p className="encourage">{firstPostsNote(window)}</p>
    </div>
  );
}
