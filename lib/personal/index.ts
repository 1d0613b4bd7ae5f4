/** The owner's personal model and ask policy (see ./model.ts and ./ask.ts). */
export { ASK_POLICY, askThreshold, notePublished, shouldAsk } from './ask';
export { MAX_SUGGESTIONS, suggestBrandTerms } from './brand-terms';
export type { History } from './history';
export {
  classifyPersonal,
  emptyPersonal,
  type LearnInput,
  learn,
  learningInput,
  MAX_FEATURES,
  normalisePersonal,
  PERSONAL_VERSION,
  type PersonalModel,
  probabilitiesOf,
} from './model';
