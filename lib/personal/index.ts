/** The owner's personal model and ask policy (see ./model.ts and ./ask.ts). */
export {
  ASK_POLICY,
  type AskDecision,
  answerWeight,
  askChance,
  askDecision,
  askThreshold,
  draw,
  notePublished,
  shouldAsk,
} from './ask';
export { MAX_SUGGESTIONS, suggestBrandTerms } from './brand-terms';
export { COUNTING, countedLabel, countUnasked, noteCounted } from './count';
export type { History } from './history';
export {
  classifyPersonal,
  emptyPersonal,
  type LearnInput,
  type LearnWeight,
  learn,
  learningInput,
  MAX_FEATURES,
  normalisePersonal,
  PERSONAL_VERSION,
  type PersonalModel,
  probabilitiesOf,
} from './model';
