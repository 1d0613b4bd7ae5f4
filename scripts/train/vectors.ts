/** Word vectors for training (data/vectors/, built by `npm run vectors`): int8, unit length. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './data';

export const VECTOR_DIMS = 100;
export const VECTORS_FILE = 'data/vectors/glove-100d.json';

export interface VectorsFile {
  source: string;
  dims: number;
  words: string[];
  /** base64 of words.length × dims signed bytes; each vector scaled to unit length × 127. */
  vectors: string;
}

export function encodeVectors(vectors: number[][]): string {
  const bytes = new Int8Array(vectors.length * VECTOR_DIMS);
  vectors.forEach((v, i) => {
    const norm = Math.hypot(...v) || 1;
    for (let k = 0; k < VECTOR_DIMS; k++) bytes[i * VECTOR_DIMS + k] = Math.round(((v[k] ?? 0) / norm) * 127);
  });
  return Buffer.from(bytes.buffer).toString('base64');
}

export type WordVectors = Map<string, Float64Array>;

export function readVectors(file = join(ROOT, VECTORS_FILE)): WordVectors {
  if (!existsSync(file)) return new Map();
  const data = JSON.parse(readFileSync(file, 'utf8')) as VectorsFile;
  const bytes = new Int8Array(Buffer.from(data.vectors, 'base64'));
  return new Map(
    data.words.map((w, i) => [
      w,
      Float64Array.from(bytes.subarray(i * data.dims, (i + 1) * data.dims), (b) => b / 127),
    ]),
  );
}
