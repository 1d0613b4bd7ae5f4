/**
 * The replay: owners publishing their posts in order, each with a fresh personal model. For each
 * post it classifies with that owner's model, applies the ask policy, and only when the policy asks
 * calls `answer()` — the one way a post's label can be read — and learns from what it returns.
 * `npm run replay` streams lines through it; `npm run eval` replays the training accounts.
 */
import type { ModelFile } from '../../lib/classifier';
import { LABELS, type Label, shipped } from '../../lib/classifier';
import {
  answerWeight,
  askDecision,
  classifyPersonal,
  countUnasked,
  emptyPersonal,
  learn,
  learningInput,
  notePublished,
  type PersonalModel,
} from '../../lib/personal';
import { noteAnswer } from '../../lib/personal/history';

export interface ReplayPost {
  account: string;
  text: string;
  brandTerms?: readonly string[];
  /** The owner's answer. Called only for a post the policy asks about, at most once. */
  answer: () => unknown;
}

export interface Replayed {
  /** What the popup counts: the owner's answer if asked and answered, else the prediction. */
  label: Label;
  /** How sure the counted label is: 1 for the owner's own answer, else the model's confidence. */
  confidence: number;
  asked: boolean;
  /** The model's own label and confidence, before any answer (for evaluation). */
  predicted: Label;
  predictedConfidence: number;
  /** The label's probability of being salesy as the model saw it (the popup's estimate). */
  salesyProbability: number;
}

export interface ReplayOptions {
  /** The model owners learn over (default: the shipped one). */
  base?: ModelFile;
  /** Off: never ask; every post counts as predicted. */
  ask?: boolean;
  /** Off: ask and count the answers, but the personal model never changes. */
  learn?: boolean;
  /** Another draw of the ask hash (evaluation only; `npm run replay` and the extension use none). */
  salt?: string;
}

export function createReplay(options: ReplayOptions = {}) {
  const base = options.base ?? shipped();
  const owners = new Map<string, PersonalModel>();
  return {
    owner: (account: string) => owners.get(account),
    step(post: ReplayPost): Replayed {
      let owner = owners.get(post.account) ?? emptyPersonal(base);
      const classifyOptions = { brandTerms: post.brandTerms ?? [] };
      const result = classifyPersonal(post.text, owner, classifyOptions, base);
      const decision =
        options.ask === false ? { asked: false, chance: 0 } : askDecision(owner, result, post.text, options.salt);
      const asked = decision.asked;
      owner = notePublished(owner, asked);
      let counted: { label: Label; confidence: number } = result;
      let answered = false;
      if (asked) {
        const answer = post.answer();
        if (isLabel(answer)) {
          answered = true;
          counted = { label: answer, confidence: 1 };
          owner =
            options.learn === false
              ? { ...owner, history: noteAnswer(owner.history, result.label === answer) }
              : learn(
                  owner,
                  learningInput(post.text, classifyOptions, base),
                  answer,
                  base,
                  answerWeight(decision.chance),
                );
        }
      }
      if (!answered) {
        // Not asked (or no answer): counted as the popup counts it (./count.ts in lib/personal).
        const unasked = countUnasked(owner, result);
        owner = unasked.personal;
        counted = { label: unasked.label, confidence: result.scores[unasked.label] };
      }
      owners.set(post.account, owner);
      return {
        label: counted.label,
        confidence: counted.confidence,
        asked,
        predicted: result.label,
        predictedConfidence: result.confidence,
        salesyProbability: result.scores.salesy,
      };
    },
  };
}

export const isLabel = (value: unknown): value is Label => LABELS.includes(value as Label);
