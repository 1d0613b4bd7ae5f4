/**
 * The model as it ships: feature weights as int16 in base64 instead of JSON number arrays, which
 * halves model.json (the n-gram ids stay readable). `npm run train` packs; the classifier unpacks
 * once when the background starts.
 */
import type { ModelFile } from './model';

export interface PackedModel extends Omit<ModelFile, 'weights'> {
  packed: {
    /** Feature ids, newline-separated, in the order of `weights`. */
    ids: string;
    /** base64 of ids × labels little-endian int16; multiply by `scale`. */
    weights: string;
    scale: number;
  };
}

const INT16_MAX = 32_767;

export function packModel(model: ModelFile): PackedModel {
  const { weights, ...rest } = model;
  const ids = Object.keys(weights).sort();
  const max = Math.max(...ids.flatMap((id) => weights[id] ?? []).map(Math.abs), 1e-3);
  const scale = Math.ceil((max / INT16_MAX) * 1e9) / 1e9;
  let binary = '';
  for (const id of ids) {
    for (const w of weights[id] ?? []) {
      const q = Math.round(w / scale) & 0xffff;
      binary += String.fromCharCode(q & 0xff, q >> 8);
    }
  }
  return { ...rest, packed: { ids: ids.join('\n'), weights: btoa(binary), scale } };
}

/** A model file from before packing (plain `weights`) is read as it is. */
export function unpackModel(file: PackedModel | ModelFile): ModelFile {
  if (!('packed' in file)) return file;
  const { packed, ...rest } = file;
  const labels = rest.labels.length;
  const binary = atob(packed.weights);
  const ids = packed.ids ? packed.ids.split('\n') : [];
  const weights: Record<string, number[]> = {};
  ids.forEach((id, i) => {
    weights[id] = Array.from({ length: labels }, (_, k) => {
      const at = (i * labels + k) * 2;
      const q = ((binary.charCodeAt(at) | (binary.charCodeAt(at + 1) << 8)) << 16) >> 16;
      return q * packed.scale;
    });
  });
  return { ...rest, weights };
}

/**
 * A stable id for a packed model: FNV-1a over what decides its scores (biases, temperature, feature
 * ids, weights, word scores). `npm run train` writes it into model.json as `id`, so a personal
 * model learned over these weights can tell when the shipped model changed.
 */
export function modelIdOf(model: Omit<PackedModel, 'id'>): string {
  const parts = [
    model.bias.join(','),
    String(model.temperature ?? 1),
    model.packed.ids,
    model.packed.weights,
    String(model.packed.scale),
    model.wordScores?.words ?? '',
    model.wordScores?.scores ?? '',
    model.imperativeVerbs.join(' '),
  ];
  let h = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      h ^= part.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h = Math.imul(h ^ 0x1f, 0x01000193) >>> 0;
  }
  return `m${model.version}-${h.toString(16).padStart(8, '0')}`;
}
