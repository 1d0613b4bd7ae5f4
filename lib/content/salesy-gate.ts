/**
 * "Ask before salesy" (an opt-in setting): publishing a draft that reads salesy is held back once
 * and the owner asked on its badge. "Post anyway" lets it through (the caller passes the
 * activation on); "Keep editing" leaves the draft in the box and logs nothing. A draft the owner
 * already confirmed is not asked about again until its box empties (./session.ts).
 */
import type { Label } from '../classifier/types';
import { postAnywayQuestion } from '../words';

/** What the gate needs of a composer's session. */
export interface GatedDraft {
  readonly label: Label | undefined;
  readonly text: string;
  readonly projectedShare: number | undefined;
  /** Set once the owner answered "Post anyway", so the next activation goes through. */
  confirmed: boolean;
  readonly badge: { askBeforePosting(message: string, onAnswer: (post: boolean) => void): void };
}

/**
 * Of the drafts one activation publishes (a thread's boxes share one "Post all"), the first that
 * must be asked about, if any. `text` is read last: reading it may read the editor again.
 */
export function draftToAskAbout<T extends GatedDraft>(drafts: readonly T[], askBeforeSalesy: boolean): T | undefined {
  if (!askBeforeSalesy) return undefined;
  return drafts.find((draft) => draft.label === 'salesy' && !draft.confirmed && draft.text.trim() !== '');
}

/**
 * Stop the activation before the site sees it and ask; on "Post anyway" the draft is confirmed
 * and `postAnyway` runs (it activates again, which the gate now lets through).
 */
export function holdBackAndAsk(event: Event, draft: GatedDraft, postAnyway: () => void): void {
  event.preventDefault();
  event.stopImmediatePropagation();
  draft.badge.askBeforePosting(postAnywayQuestion(draft.projectedShare), (post) => {
    if (!post) return;
    draft.confirmed = true;
    postAnyway();
  });
}
