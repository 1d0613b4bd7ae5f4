/**
 * `npm run train`: rebuild lib/classifier/model.json from the corpus (minus its held-out split)
 * and, when present, the shared dev set of real posts. Deterministic: same data, same bytes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packModel } from '../lib/classifier/packed';
import { isHeldOut, ROOT, readCorpus, readDevSet } from './train/data';
import { exampleWeight, train } from './train/lr';

const corpus = readCorpus();
const dev = readDevSet();
const examples = [...corpus.filter((ex) => !isHeldOut(ex)), ...dev];
const used = examples.filter((ex) => exampleWeight(ex) > 0).length;
const started = Date.now();
const model = train(examples);
const out = join(ROOT, 'lib/classifier/model.json');
const json = `${JSON.stringify(packModel(model))}\n`;
writeFileSync(out, json);
console.log(
  `trained on ${used} posts (corpus ${corpus.length} minus held-out and untrained files, dev ${dev.length}) in ${Date.now() - started} ms: ` +
    `${Object.keys(model.weights).length} features, ${(json.length / 1024).toFixed(0)} KB → lib/classifier/model.json`,
);
