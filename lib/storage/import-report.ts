/** The one message an import ends with: what was added, and everything changed on the way in. */
import type { ImportSummary } from '../messages';
import { plural } from '../plural';
import type { ImportFile } from './import';
import { MAX_ID_CHARS } from './import-bounds';
import { EXCERPT_CHARS } from './schema';

export interface SettingsOutcome {
  /** The owner ticked "replace my settings with the file's". */
  restoreSettings: boolean;
  settingsApplied: boolean;
  /** The weekly summary is off here now (the file may have had it on). */
  weeklyOff: boolean;
}

const LEARNED_WORDS: Record<NonNullable<ImportSummary['learned']>, string> = {
  imported: 'What Post Coach learned from you came with it.',
  kept: 'What Post Coach learned in this browser was kept; the file’s was not used.',
  unreadable: 'What Post Coach had learned could not be read from the file, so it was left out.',
};

const were = (n: number, one: string, many: string) => plural(n, `${one} was`, `${many} were`);

export function describeImport(
  { added, skipped, setAside, learned }: ImportSummary,
  { notes, settings }: Pick<ImportFile, 'notes' | 'settings'>,
  outcome: SettingsOutcome,
): string {
  const already = skipped === 0 ? 'none was' : skipped === 1 ? '1 was' : `${skipped.toLocaleString('en')} were`;
  const parts = [`Imported ${plural(added, 'post', 'posts')}; ${already} already in your log.`];
  if (setAside > 0) parts.push(`${were(setAside, 'record', 'records')} kept aside, not counted.`);
  if (learned) parts.push(LEARNED_WORDS[learned]);
  if (notes.impossibleDates > 0)
    parts.push(
      `${were(notes.impossibleDates, 'post dated before its site opened or in the future', 'posts dated before their site opened or in the future')} set aside.`,
    );
  if (notes.longIds > 0)
    parts.push(
      `${were(notes.longIds, `post with an id over ${MAX_ID_CHARS} characters`, `posts with an id over ${MAX_ID_CHARS} characters`)} set aside.`,
    );
  if (notes.tooLarge > 0)
    parts.push(`${were(notes.tooLarge, 'set-aside record over 64 KB', 'set-aside records over 64 KB')} left out.`);
  if (notes.shortenedExcerpts > 0)
    parts.push(
      `${were(notes.shortenedExcerpts, `excerpt longer than ${EXCERPT_CHARS} characters`, `excerpts longer than ${EXCERPT_CHARS} characters`)} shortened.`,
    );
  if (notes.unknownFields > 0)
    parts.push(
      `${were(notes.unknownFields, 'field Post Coach does not know', 'fields Post Coach does not know')} dropped.`,
    );
  if (settings && !outcome.restoreSettings)
    parts.push(
      'The settings in the file were not applied: tick “Replace my settings with the file’s” and import again to use them.',
    );
  if (outcome.settingsApplied) parts.push('Your settings were replaced by the file’s.');
  if (outcome.restoreSettings && settings && settings.damaged.length > 0)
    parts.push(`Damaged in the file and left as they were: ${settings.damaged.join(', ')}.`);
  if (outcome.restoreSettings && settings?.weeklySummaryWanted && outcome.weeklyOff)
    parts.push('The weekly summary was on in the file: turn it on below, where it asks for permission.');
  return parts.join(' ');
}
