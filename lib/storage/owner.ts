/**
 * What Post Coach keeps about the owner besides the log: the personal model (lib/personal) and
 * the held learning inputs (./calls.ts). Read tolerantly; written only by the writer, in the same
 * storage.set as the log change that goes with it (a publish, an answer), so they never disagree.
 */
import { normalisePersonal, type PersonalModel } from '../personal';
import type { StorageArea } from './area';
import { type HeldInput, readHeld } from './calls';
import { KEYS } from './schema';

export interface OwnerState {
  personal: PersonalModel;
  held: HeldInput[];
}

export interface OwnerRead extends OwnerState {
  /** Why the personal model was reset or re-keyed on reading (the options page shows it). */
  notice?: string;
}

export function ownerFrom(raw: Record<string, unknown>): OwnerRead {
  const { model, notice } = normalisePersonal(raw[KEYS.personal]);
  return { personal: model, held: readHeld(raw[KEYS.calls]), ...(notice ? { notice } : {}) };
}

export async function readOwner(area: StorageArea): Promise<OwnerRead> {
  return ownerFrom(await area.get([KEYS.personal, KEYS.calls]));
}

/** The storage items for an owner state. */
export const ownerItems = ({ personal, held }: OwnerState): Record<string, unknown> => ({
  [KEYS.personal]: personal,
  [KEYS.calls]: held,
});
