/**
 * Counting honestly while the owner's answers are pending (../shared/DESIGN.md "The owner in the loop").
 * A post the owner was asked about and has not answered counts by the model's probability that
 * it was promotional, so the share is an expectation, and the range says how far the answers
 * could still move it. Answered, corrected and never-asked posts count by their label.
 */
import type { PostRecord } from '../storage/schema';
import { effectiveLabel } from './ratio';

export interface ShareEstimate {
  /** Posts counted. */
  total: number;
  /** Of them, asked and not answered yet: each counts by its probability of being salesy. */
  pending: number;
  /** The expected promotional share (0 for no posts). */
  share: number;
  /** If every pending post turned out not promotional. */
  low: number;
  /** If every pending post turned out promotional. */
  high: number;
}

type Counted = Pick<PostRecord, 'label' | 'correctedLabel' | 'scores' | 'call'>;

/** The model's probability, for a post that counts by it; undefined for one that counts by its label. */
export function pendingProbability(post: Counted): number | undefined {
  return post.call === 'pending' && post.scores ? post.scores.salesy : undefined;
}

/** Collects posts one at a time (the summary makes one pass over the log). */
export class ShareTally {
  private total = 0;
  private pending = 0;
  private certainSalesy = 0;
  private expectedPending = 0;

  add(post: Counted): void {
    this.total++;
    const p = pendingProbability(post);
    if (p !== undefined) {
      this.pending++;
      this.expectedPending += p;
    } else if (effectiveLabel(post) === 'salesy') this.certainSalesy++;
  }

  result(): ShareEstimate {
    const { total, pending, certainSalesy } = this;
    if (total === 0) return { total, pending, share: 0, low: 0, high: 0 };
    return {
      total,
      pending,
      share: (certainSalesy + this.expectedPending) / total,
      low: certainSalesy / total,
      high: (certainSalesy + pending) / total,
    };
  }
}

export function estimateShare(posts: Iterable<Counted>): ShareEstimate {
  const tally = new ShareTally();
  for (const post of posts) tally.add(post);
  return tally.result();
}
