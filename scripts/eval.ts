/**
 * `npm run eval`: per-class precision/recall/F1, macro-F1 and confusion on the corpus's held-out
 * split (the shipped model never saw it) and on ../shared/data/dev-posts.jsonl by k-fold
 * cross-validation (the shipped model trains on the dev set, so only k-fold is honest there).
 */
import { classify, classifyWith, UNSURE_THRESHOLD } from '../lib/classifier';
import type { Label } from '../lib/classifier/types';
import { type Example, foldOf, isHeldOut, readCorpus, readDevSet } from './train/data';
import { train } from './train/lr';
import { calibration, evaluate, formatCalibration, formatReport } from './train/metrics';

const K = 5;
const corpus = readCorpus();
const heldOut = corpus.filter(isHeldOut);
const report = (title: string, examples: Example[]) =>
  console.log(
    formatReport(
      title,
      evaluate(
        examples.map((e) => e.label),
        examples.map((e) => classify(e.text).label),
      ),
    ),
  );
report('Held-out corpus split (shipped model)', heldOut);
// The composed templates are easy for the cues; posts people wrote are the harder, truer check.
report(
  '\nHeld-out posts written by people (no composed templates)',
  heldOut.filter((e) => !e.id.startsWith('m-')),
);

const dev = readDevSet();
if (dev.length === 0) {
  console.log('\n../shared/data/dev-posts.jsonl not found: dev-set evaluation skipped.');
} else {
  const trainBase = corpus.filter((e) => !isHeldOut(e));
  /** Train without one group of dev posts, predict that group; every group in turn. */
  const crossValidate = (groupOf: (e: Example) => string) => {
    const predicted = new Map<string, { label: Label; confidence: number }>();
    for (const group of new Set(dev.map(groupOf))) {
      const model = train([...trainBase, ...dev.filter((e) => groupOf(e) !== group)]);
      for (const e of dev.filter((e) => groupOf(e) === group)) predicted.set(e.id, classifyWith(model, e.text));
    }
    return predicted;
  };
  // The hidden set comes from other sources: holding out a whole source at a time is the closer
  // estimate of that (small LinkedIn files are pooled so no group has fewer than 15 posts).
  const sourceOf = (e: Example) => {
    const source = e.source ?? 'unknown';
    return dev.filter((d) => d.source === source).length < 15 ? 'small sources' : source;
  };
  const bySource = crossValidate(sourceOf);
  const sourceReport = evaluate(
    dev.map((e) => e.label),
    dev.map((e) => bySource.get(e.id)?.label as Label),
  );
  console.log(`\n${formatReport('Dev set of real posts, leave-one-source-out', sourceReport)}`);
  for (const source of [...new Set(dev.map(sourceOf))].sort()) {
    const posts = dev.filter((e) => sourceOf(e) === source);
    const right = posts.filter((e) => bySource.get(e.id)?.label === e.label).length;
    console.log(`    ${(right / posts.length).toFixed(2)} accuracy  n=${posts.length}  ${source}`);
  }
  const results = dev.map((e) => ({
    right: bySource.get(e.id)?.label === e.label,
    confidence: bySource.get(e.id)?.confidence ?? 0,
  }));
  console.log(`  how often it is right by confidence ("not sure yet" below ${UNSURE_THRESHOLD}):`);
  console.log(formatCalibration(calibration(results, [0, UNSURE_THRESHOLD, 0.7, 0.9])));
  const predicted = crossValidate((e) => String(foldOf(e, K)));
  const pred = (e: Example) => predicted.get(e.id) as { label: Label; confidence: number };
  console.log(
    `\n${formatReport(
      `Dev set of real posts, ${K}-fold cross-validation`,
      evaluate(
        dev.map((e) => e.label),
        dev.map((e) => pred(e).label),
      ),
    )}`,
  );
  const worst = dev
    .filter((e) => pred(e).label !== e.label)
    .sort((a, b) => pred(b).confidence - pred(a).confidence)
    .slice(0, 10);
  // Printed for error analysis only: dev texts are never written into the repo.
  console.log('\nTen most confident errors (gold → predicted, confidence, id, opening words):');
  for (const e of worst) {
    const opening = e.text.replace(/\s+/g, ' ').slice(0, 90);
    console.log(`  ${e.label} → ${pred(e).label}  ${pred(e).confidence.toFixed(2)}  ${e.id}  "${opening}…"`);
  }
}
