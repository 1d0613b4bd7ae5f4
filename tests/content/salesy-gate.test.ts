/** The ask-before-salesy gate: which draft is held back, and what each answer does. */
import { describe, expect, test } from 'vitest';
import type { Label } from '@/lib/classifier/types';
import { draftToAskAbout, type GatedDraft, holdBackAndAsk } from '@/lib/content/salesy-gate';
import { postAnywayQuestion } from '@/lib/words';

/** A draft whose badge records the question and keeps the answer callback for the test to call. */
function draft(label: Label | undefined, text: string, confirmed = false, projectedShare?: number) {
  const asked: { message: string; answer: (post: boolean) => void }[] = [];
  const d: GatedDraft & { asked: typeof asked } = {
    label,
    text,
    projectedShare,
    confirmed,
    asked,
    badge: { askBeforePosting: (message, answer) => asked.push({ message, answer }) },
  };
  return d;
}

describe('draftToAskAbout', () => {
  test.each<[string, GatedDraft[], boolean, number | undefined]>([
    ['a salesy draft, setting on', [draft('salesy', 'Buy now')], true, 0],
    ['a salesy draft, setting off', [draft('salesy', 'Buy now')], false, undefined],
    ['a helpful draft', [draft('helpful', 'How to prune roses')], true, undefined],
    ['a conversational draft', [draft('conversational', 'Morning all!')], true, undefined],
    ['an unsure draft (no label)', [draft(undefined, 'Hmm')], true, undefined],
    ['a salesy draft already confirmed', [draft('salesy', 'Buy now', true)], true, undefined],
    ['a salesy label on a box now blank', [draft('salesy', '  \n ')], true, undefined],
    ['no drafts', [], true, undefined],
    [
      'a thread: the salesy box second',
      [draft('helpful', 'Tip one'), draft('salesy', 'Sale today'), draft('salesy', 'Also this')],
      true,
      1,
    ],
    ['a thread: the first salesy box confirmed', [draft('salesy', 'Sale', true), draft('salesy', 'More')], true, 1],
  ])('%s', (_name, drafts, setting, expected) => {
    const found = draftToAskAbout(drafts, setting);
    expect(found).toBe(expected === undefined ? undefined : drafts[expected]);
  });

  test('reads no draft text while the setting is off (reading it reads the editor)', () => {
    let reads = 0;
    const watched = {
      ...draft('salesy', ''),
      get text() {
        reads++;
        return 'Buy now';
      },
    };
    expect(draftToAskAbout([watched], false)).toBeUndefined();
    expect(reads).toBe(0);
  });
});

describe('holdBackAndAsk', () => {
  test.each<[string, boolean, boolean, number]>([
    ['"Post anyway" confirms the draft and passes the activation on', true, true, 1],
    ['"Keep editing" leaves it unconfirmed and publishes nothing', false, false, 0],
  ])('%s', (_name, answer, confirmed, passedOn) => {
    const held = draft('salesy', 'Buy now', false, 0.6);
    const event = new Event('click', { cancelable: true });
    let posts = 0;
    holdBackAndAsk(event, held, () => posts++);
    expect(event.defaultPrevented).toBe(true);
    expect(held.asked).toHaveLength(1);
    expect(held.asked[0]?.message).toBe(postAnywayQuestion(0.6));
    expect(posts).toBe(0);
    held.asked[0]?.answer(answer);
    expect(held.confirmed).toBe(confirmed);
    expect(posts).toBe(passedOn);
  });

  test('the site never hears the held-back activation', () => {
    const target = new EventTarget();
    const siteHeard: string[] = [];
    target.addEventListener('click', (event) => holdBackAndAsk(event, draft('salesy', 'Buy'), () => {}));
    target.addEventListener('click', () => siteHeard.push('click'));
    target.dispatchEvent(new Event('click', { cancelable: true }));
    expect(siteHeard).toEqual([]);
  });
});
