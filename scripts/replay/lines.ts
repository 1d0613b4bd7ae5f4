/**
 * One input line of `npm run replay` to one output line. The line's `label` stays inside the parsed
 * row, reachable only through `answer()`, which the replay engine calls for a post it asks about.
 */
import { createReplay, isLabel, type ReplayPost } from './engine';

export type Parsed = { id: unknown; post: ReplayPost } | { id: unknown; error: string };

/**
 * Check a line's shape without touching its `label`: the label stays inside the row, reachable only
 * through `answer()`, which the replay calls for a post it asks about.
 */
export function readLine(line: string): Parsed {
  let row: unknown;
  try {
    row = JSON.parse(line.replace(/^\uFEFF/, ''));
  } catch {
    return { id: null, error: 'line is not valid JSON' };
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row))
    return { id: null, error: 'line is not an object' };
  const fields = row as Record<string, unknown>;
  const id = 'id' in fields ? fields.id : null;
  const { account, text, brandTerms } = fields;
  if (typeof text !== 'string') return { id, error: 'missing "text" (a string)' };
  if (typeof account !== 'string' && typeof account !== 'number') return { id, error: 'missing "account"' };
  if (brandTerms !== undefined && !(Array.isArray(brandTerms) && brandTerms.every((t) => typeof t === 'string'))) {
    return { id, error: '"brandTerms" must be a list of strings' };
  }
  return { id, post: { account: String(account), text, brandTerms, answer: () => fields.label } };
}

export function replayLines() {
  const replay = createReplay();
  return (line: string): string => {
    const parsed = readLine(line);
    if ('error' in parsed) return JSON.stringify(parsed);
    let unanswered = false;
    const result = replay.step({
      ...parsed.post,
      answer: () => {
        const label = parsed.post.answer();
        unanswered = !isLabel(label);
        return label;
      },
    });
    // An asked post without a usable label is one the owner did not answer: it counts as predicted.
    if (unanswered) console.error(`replay: ${JSON.stringify(parsed.id)} was asked about but has no valid "label"`);
    return JSON.stringify({
      id: parsed.id,
      label: result.label,
      confidence: Number(result.confidence.toFixed(4)),
      asked: result.asked,
    });
  };
}
