/**
 * Leave-one-account-out: for each of the real training accounts, a model trained on the corpus and
 * every other account. Its predictions on the left-out account are what an owner the model never
 * saw would get: they fit the temperature (`npm run train`) and drive the replay report (`npm run eval`).
 */
import type { ModelFile } from '../../lib/classifier';
import type { Example } from './data';
import { type FeatureCache, type TrainOptions, train } from './lr';
import { imperativeVerbs } from './verbs';

export interface AccountModels {
  accounts: string[];
  models: Map<string, ModelFile>;
}

export function leaveOneAccountOut(
  base: readonly Example[],
  real: readonly Example[],
  options: TrainOptions = {},
): AccountModels {
  const accounts = [...new Set(real.map((ex) => ex.account ?? 'unknown'))];
  // Label-free, so distilled once from every text the models may see.
  const verbs = options.verbs ?? imperativeVerbs([...base, ...real].map((ex) => ex.text));
  const cache: FeatureCache = options.cache ?? new Map();
  const models = new Map<string, ModelFile>();
  for (const account of accounts) {
    const others = real.filter((ex) => (ex.account ?? 'unknown') !== account);
    models.set(account, train([...base, ...others], { ...options, verbs, cache }));
  }
  return { accounts, models };
}
