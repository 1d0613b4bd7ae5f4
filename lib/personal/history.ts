/**
 * What the ask policy knows of one owner: how many posts were published and asked about, and how
 * often the model already agreed with the owner's answers. Plain JSON, part of the personal model.
 */

/** Answers remembered for the recent agreement rate. */
export const RECENT_ANSWERS = 20;

export interface History {
  /** Posts published (asked or not). */
  published: number;
  /** Of those, how many the policy asked about. */
  asked: number;
  /** Answers and corrections learned from (includes taught posts, which are not published). */
  answered: number;
  /** Of those, how many the model had already labelled as the owner did. */
  agreed: number;
  /** The latest answers, oldest first: 1 where the model agreed, 0 where it did not. */
  recent: number[];
  /**
   * Over the posts not asked about: the model's expected promotional count (the sum of their
   * salesy probabilities) minus the promotional count it has logged. ./count.ts keeps it near 0.
   */
  salesyGap: number;
}

/** The gap is kept within this many posts: a long-lost stream of errors is not repaid at once. */
export const MAX_SALESY_GAP = 5;

export const emptyHistory = (): History => ({
  published: 0,
  asked: 0,
  answered: 0,
  agreed: 0,
  recent: [],
  salesyGap: 0,
});

export function noteAnswer(history: History, agreed: boolean): History {
  return {
    ...history,
    answered: history.answered + 1,
    agreed: history.agreed + (agreed ? 1 : 0),
    recent: [...history.recent, agreed ? 1 : 0].slice(-RECENT_ANSWERS),
  };
}

export function notePost(history: History, asked: boolean): History {
  return { ...history, published: history.published + 1, asked: history.asked + (asked ? 1 : 0) };
}

/** A stored history, checked field by field: a bad count reads as 0, never as a throw. */
export function normaliseHistory(value: unknown): History {
  if (typeof value !== 'object' || value === null) return emptyHistory();
  const v = value as Record<string, unknown>;
  const count = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? Math.floor(x) : 0);
  const published = count(v.published);
  const answered = count(v.answered);
  const recent = Array.isArray(v.recent) ? v.recent.filter((x) => x === 0 || x === 1).slice(-RECENT_ANSWERS) : [];
  // Older stored records have no gap: they start at 0, as a new owner does.
  const gap = typeof v.salesyGap === 'number' && Number.isFinite(v.salesyGap) ? v.salesyGap : 0;
  return {
    published,
    asked: Math.min(count(v.asked), published),
    answered,
    agreed: Math.min(count(v.agreed), answered),
    recent,
    salesyGap: Math.max(-MAX_SALESY_GAP, Math.min(MAX_SALESY_GAP, gap)),
  };
}
