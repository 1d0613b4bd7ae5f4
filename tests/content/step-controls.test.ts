// @vitest-environment happy-dom
/**
 * The page's side of a multi-step composer (Facebook Page): which clicks are "Next" and the later
 * step's Post, on a fake clock. The hand-off's own rules are tested in tests/publish/handoff.test.ts.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { StepControls, type StepDraft } from '@/lib/content/step-controls';
import { HANDOFF_KEY, HANDOFF_WINDOW_MS } from '@/lib/publish/handoff';
import { facebookAdapter } from '@/lib/sites/facebook';
import { findComposers } from '@/lib/sites/find';
import { fakeClocks } from './fake-clocks';

const step1 = (next: string, disabled = false) => `<div role="dialog"><form>
  <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Create a post"><p>Fresh bread today</p></div>
  <div role="button" aria-label="${next}" ${disabled ? 'aria-disabled="true"' : ''}><span>${next}</span></div></form></div>
`;
const STEP2 = `<div role="dialog"><h2>Post settings</h2><div role="button" aria-label="Back">Back</div>
  <div role="button" aria-label="Post"><span>Post</span></div></div>`;

let clocks: ReturnType<typeof fakeClocks>;
let steps: StepControls;
let published: { text: string; publishedAt: number }[];
let underWay: string[];

beforeEach(() => {
  clocks = fakeClocks();
  published = [];
  underWay = [];
  steps = new StepControls(
    facebookAdapter,
    {
      publish: ({ text, publishedAt }) => published.push({ text, publishedAt }),
      underWay: (key, post) => underWay.push(`${key}:${post?.text ?? 'ended'}`),
    },
    clocks.now,
  );
});

const drafts = (): StepDraft[] =>
  findComposers(document, facebookAdapter).map((composer) => ({ composer, text: composer.editor.textContent ?? '' }));
const click = (label: string, on: StepDraft[] = []) =>
  steps.clicked(document.querySelector(`[aria-label="${label}"] span, [aria-label="${label}"]`) as Element, on);

/** Step one, a click on `label`, step two's Post, the dialog closing: what is published. */
function run(page: string, label: string): string[] {
  document.body.innerHTML = page;
  click(label, drafts());
  document.body.innerHTML = STEP2;
  click('Post');
  document.body.innerHTML = '';
  steps.pageChanged();
  return published.map((post) => post.text);
}

describe('which click carries the draft past its editor', () => {
  test.each<[string, string, boolean, string[]]>([
    ['Next', 'Next', false, ['Fresh bread today']],
    ['Weiter (a German page)', 'Weiter', false, ['Fresh bread today']],
    ['Suivant (a French page)', 'Suivant', false, ['Fresh bread today']],
    ['a greyed-out Next', 'Next', true, []],
  ])('%s → %j', (_name, label, disabled, expected) => {
    expect(run(step1(label, disabled), label)).toEqual(expected);
  });

  test('a "Next" outside the composer’s dialog (a photo carousel in the feed) carries nothing', () => {
    document.body.innerHTML = `${step1('Create')}<div role="button" aria-label="Next" id="carousel">Next</div>`;
    steps.clicked(document.getElementById('carousel') as Element, drafts());
    document.body.innerHTML = STEP2;
    click('Post');
    document.body.innerHTML = '';
    steps.pageChanged();
    expect(published).toEqual([]);
  });
});

describe('on the clock', () => {
  test('published when the step closes, at that time; the background hears it was under way', () => {
    document.body.innerHTML = step1('Next');
    click('Next', drafts());
    clocks.advance(90_000);
    document.body.innerHTML = STEP2;
    click('Post');
    clocks.advance(2_000);
    document.body.innerHTML = '';
    steps.pageChanged();
    expect(published).toEqual([{ text: 'Fresh bread today', publishedAt: clocks.now() }]);
    expect(underWay).toEqual([`${HANDOFF_KEY}:Fresh bread today`, `${HANDOFF_KEY}:ended`]);
  });

  test('a draft carried past Next longer than the hand-off window is dropped', () => {
    document.body.innerHTML = step1('Next');
    click('Next', drafts());
    clocks.advance(HANDOFF_WINDOW_MS);
    steps.pageChanged();
    document.body.innerHTML = STEP2;
    click('Post');
    document.body.innerHTML = '';
    steps.pageChanged();
    expect(published).toEqual([]);
  });

  test('the owner back at the editor: the carried draft lives there again, Post elsewhere logs nothing', () => {
    document.body.innerHTML = step1('Next');
    click('Next', drafts());
    document.body.innerHTML = step1('Next');
    steps.composerAppeared(document.querySelector('[contenteditable]') as HTMLElement);
    document.body.innerHTML = STEP2;
    click('Post');
    document.body.innerHTML = '';
    steps.pageChanged();
    expect(published).toEqual([]);
  });
});
