/**
 * `npm run train`: rebuild lib/classifier/model.json from the corpus (minus its held-out split) and
 * the real posts of ../shared/data/train-posts.jsonl (read here, never copied into the repo). The dev
 * set is never trained on. The temperature is fitted on leave-one-account-out predictions; the
 * model's id is a hash of what it ships. Deterministic: same data, same bytes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyWith } from '../lib/classifier';
import { modelIdOf, packModel } from '../lib/classifier/packed';
import { leaveOneAccountOut } from './train/accounts';
import { fitTemperature, logLoss } from './train/calibrate';
import { isHeldOut, ROOT, readCorpus, readTrainSet } from './train/data';
import { exampleWeight, type FeatureCache, train } from './train/lr';
import { imperativeVerbs } from './train/verbs';

const corpus = readCorpus();
const real = readTrainSet();
if (real.length === 0) console.warn('../shared/data/train-posts.jsonl not found: training on the corpus alone.');
const base = corpus.filter((ex) => !isHeldOut(ex));
const examples = [...base, ...real];
const started = Date.now();
const verbs = imperativeVerbs(examples.map((ex) => ex.text));
const cache: FeatureCache = new Map();

// Accounts the model never saw, as an owner's are: their predictions fit the temperature.
const { models } = leaveOneAccountOut(base, real, { verbs, cache });
const unseen = real.map((ex) => {
  const model = models.get(ex.account ?? 'unknown');
  return {
    scores: model ? classifyWith(model, ex.text).scores : { salesy: 1, conversational: 1, helpful: 1 },
    gold: ex.label,
  };
});
const temperature = unseen.length ? fitTemperature(unseen) : 1;

const model = { ...train(examples, { verbs, cache }), temperature };
const packed = packModel(model);
// The id first, so a reader of the file sees which model it is.
const { version, ...rest } = packed;
const json = `${JSON.stringify({ version, id: modelIdOf(packed), ...rest })}\n`;
writeFileSync(join(ROOT, 'lib/classifier/model.json'), json);
const used = examples.filter((ex) => exampleWeight(ex) > 0).length;
console.log(
  `trained on ${used} posts (corpus ${corpus.length} minus held-out and untrained files, ${real.length} real) in ${Date.now() - started} ms: ` +
    `${Object.keys(model.weights).length} features, ${(json.length / 1024).toFixed(0)} KB → lib/classifier/model.json\n` +
    `temperature ${temperature} (leave-one-account-out log-loss ${logLoss(unseen).toFixed(3)} → ${logLoss(unseen, temperature).toFixed(3)})`,
);
