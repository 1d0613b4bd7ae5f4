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
