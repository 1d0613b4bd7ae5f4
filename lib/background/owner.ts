/**
 * The owner in the loop, as the background does it (../shared/DESIGN.md): after a publish, classify with
 * the personal model and let the ask policy decide whether to ask; an answer or a correction
 * counts as the owner said and teaches; pasted posts teach; "forget" starts afresh. Pure steps
 * over the owner's state, so the writer can run them inside its queue, in the same write.
 */
import type { Label } from '../classifier/types';
import { type ImportSummary, MAX_TAUGHT_POSTS, type TaughtPost } from '../messages';
import {
  answerWeight,
  askDecision,
  classifyPersonal,
  countUnasked,
  emptyPersonal,
  learn,
  learningInput,
  normalisePersonal,
  notePublished,
  type PersonalModel,
} from '../personal';
import { holdInput, releaseInput } from '../storage/calls';
import { excerptOf } from '../storage/excerpt';
import type { OwnerState } from '../storage/owner';
import type { NewPost, PostRecord, Settings } from '../storage/schema';
import { isLabel } from '../storage/validate';

/** The longest text the background reads; longer input is cut before classifying. */
export const MAX_TEXT_CHARS = 50_000;

/** Probabilities are shown as whole percents; three decimals keep the log small and lose nothing seen. */
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export interface PublishContext {
  id: string;
  now: number;
  settings: Settings;
}

/** The record of a published post and the owner's state after it (asked or not, input held). */
export function publishStep(
  owner: OwnerState,
  post: NewPost & { text: string },
  { id, now, settings }: PublishContext,
): { post: PostRecord; owner: OwnerState } {
  const text = post.text.slice(0, MAX_TEXT_CHARS);
  const options = { brandTerms: settings.brandTerms };
  const result = classifyPersonal(text, owner.personal, options);
  const { asked, chance } = askDecision(owner.personal, result, text);
  // A post not asked about counts as lib/personal/count.ts says, so the share stays honest.
  const published = notePublished(owner.personal, asked);
  const counted = asked ? { label: result.label, personal: published } : countUnasked(published, result);
  const publishedAt = Number.isFinite(post.publishedAt) ? post.publishedAt : now;
  const record: PostRecord = {
    id,
    publishedAt,
    platform: post.platform,
    composer: post.composer,
    label: counted.label,
    confidence: round3(result.scores[counted.label]),
    chars: [...post.text].length,
    ...(settings.keepExcerpts ? { excerpt: excerptOf(post.text) } : {}),
    scores: {
      salesy: round3(result.scores.salesy),
      conversational: round3(result.scores.conversational),
      helpful: round3(result.scores.helpful),
    },
    ...(asked ? { call: 'pending' as const } : {}),
  };
  const entry = { id, publishedAt, input: learningInput(text, options), waiting: asked, ...(asked ? { chance } : {}) };
  const held = holdInput(owner.held, entry, now);
  return { post: record, owner: { personal: counted.personal, held } };
}

/**
 * The owner said what a post was (an answer or a correction): learn from its held input, once,
 * and stop holding it. A post whose input is no longer held (older than the recent few, or
 * already learned from) changes its count but teaches nothing.
 */
export function answerStep(owner: OwnerState, id: string, label: Label): OwnerState {
  const { released, rest } = releaseInput(owner.held, id);
  if (!released) return owner;
  // An answer to a question weighs by the chance it was asked; a correction counts once.
  return {
    personal: learn(owner.personal, released.input, label, undefined, answerWeight(released.chance)),
    held: rest,
  };
}

/** Posts worth teaching from: a label we know and some text, at most MAX_TAUGHT_POSTS. */
export function validTaught(posts: unknown): TaughtPost[] | undefined {
  if (!Array.isArray(posts) || posts.length > MAX_TAUGHT_POSTS) return undefined;
  const valid = posts.filter(
    (p): p is TaughtPost =>
      typeof p === 'object' && p !== null && typeof p.text === 'string' && p.text.trim() !== '' && isLabel(p.label),
  );
  return valid.length === posts.length ? valid : undefined;
}

/** Learn from pasted posts, in the order given. Not logged, so the ask history's post count stays. */
export function teachStep(personal: PersonalModel, posts: readonly TaughtPost[], settings: Settings): PersonalModel {
  const options = { brandTerms: settings.brandTerms };
  return posts.reduce(
    (model, p) => learn(model, learningInput(p.text.trim().slice(0, MAX_TEXT_CHARS), options), p.label),
    personal,
  );
}

/** Forget: a fresh personal model. Posts still waiting keep waiting; their questions still stand. */
export function forgetStep(owner: OwnerState): { owner: OwnerState; result: { answers: number } } {
  return { owner: { ...owner, personal: emptyPersonal() }, result: { answers: owner.personal.history.answered } };
}

const hasLearned = (m: PersonalModel) => m.history.answered > 0 || Object.keys(m.weights).length > 0;

/**
 * Learned data from an import file. A browser that has learned nothing takes it (a move to a new
 * computer); one that has learned keeps its own, which is at least as recent as any export of it.
 */
export function importLearnedStep(
  owner: OwnerState,
  raw: unknown,
): { owner: OwnerState; result: ImportSummary['learned'] } {
  const { model, notice } = normalisePersonal(raw);
  if (!hasLearned(model)) return { owner, result: notice ? 'unreadable' : undefined };
  if (hasLearned(owner.personal)) return { owner, result: 'kept' };
  return { owner: { ...owner, personal: model }, result: 'imported' };
}
