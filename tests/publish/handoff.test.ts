/** The multi-step hand-off (Next, then the step's Post) on a fake clock, with plain objects for controls. */
import { describe, expect, test } from 'vitest';
import { type CarriedPost, HANDOFF_WINDOW_MS, Handoff } from '@/lib/publish/handoff';
import { MAX_SENDING_MS, PUBLISH_WINDOW_MS, UNLOAD_WINDOW_MS } from '@/lib/publish/windows';

interface FakeControl {
  connected: boolean;
  sending: boolean;
}

type Step =
  | { next: string }
  | 'post'
  | 'back'
  | 'close-step'
  | 'page-hide'
  | 'check'
  | { wait: number }
  | { sending: boolean };

function run(steps: Step[]) {
  let clock = 1_000;
  const control: FakeControl = { connected: true, sending: false };
  const published: { text: string; publishedAt: number }[] = [];
  const underWay: (CarriedPost | undefined)[] = [];
  const handoff = new Handoff<FakeControl>(
    { gone: (c) => !c.connected, sending: (c) => c.sending },
    {
      publish: ({ text, publishedAt }) => published.push({ text, publishedAt }),
      underWay: (post) => underWay.push(post),
    },
    () => clock,
  );
  for (const step of steps) {
    if (step === 'post') handoff.post(control);
    else if (step === 'back') handoff.editorReturned();
    else if (step === 'close-step') {
      control.connected = false;
      handoff.check();
    } else if (step === 'page-hide') handoff.pageHide();
    else if (step === 'check') handoff.check();
    else if ('next' in step) handoff.next(step.next, 'post');
    else if ('wait' in step) clock += step.wait;
    else control.sending = step.sending;
  }
  return { published, underWay, state: handoff.state, clock };
}

const text = 'Fresh rye today';

describe('the hand-off from Next to the step that posts', () => {
  test.each<[string, Step[], string[]]>([
    [
      'Next then Post, the step closes',
      [{ next: text }, { wait: 30_000 }, 'post', { wait: 2_000 }, 'close-step'],
      [text],
    ],
    ['Next then the step closes without Post', [{ next: text }, { wait: 1_000 }, 'close-step'], []],
    ['Next, Back to the editor, then Post and close', [{ next: text }, 'back', 'post', 'close-step'], []],
    ['Next with an empty draft, then Post and close', [{ next: '  ' }, 'post', 'close-step'], []],
    ['Post without Next', ['post', 'close-step'], []],
    ['Post only after the hand-off window', [{ next: text }, { wait: HANDOFF_WINDOW_MS }, 'post', 'close-step'], []],
    ['Post then the page goes away at once', [{ next: text }, 'post', { wait: 1_000 }, 'page-hide'], [text]],
    [
      'Post then the page goes away after the unload window',
      [{ next: text }, 'post', { wait: UNLOAD_WINDOW_MS }, 'page-hide'],
      [],
    ],
    ['Next then the page goes away without Post', [{ next: text }, 'page-hide'], []],
    [
      'Post, the step stays past the publish window, not sending',
      [{ next: text }, 'post', { wait: PUBLISH_WINDOW_MS }, 'check', 'close-step'],
      [],
    ],
    [
      'Post, still sending past the publish window, then closes',
      [{ next: text }, 'post', { sending: true }, { wait: PUBLISH_WINDOW_MS * 4 }, 'check', 'close-step'],
      [text],
    ],
    [
      'Post, sending for longer than a send may take',
      [{ next: text }, 'post', { sending: true }, { wait: MAX_SENDING_MS }, 'check', 'close-step'],
      [],
    ],
  ])('%s', (_name, steps, expected) => {
    const { published } = run(steps);
    expect(published.map((p) => p.text)).toEqual(expected);
  });

  test('a post published at the moment its step closed', () => {
    const { published, clock } = run([{ next: text }, 'post', { wait: 3_000 }, 'close-step']);
    expect(published).toEqual([{ text, publishedAt: clock }]);
  });

  test('the background hears the post under way from Post until it is published', () => {
    const { underWay, state } = run([{ next: text }, 'post', 'check', 'close-step']);
    expect(underWay).toEqual([{ text, composer: 'post' }, undefined]);
    expect(state).toBeUndefined();
  });

  test('Next alone is not under way; Back drops the carry without telling the background', () => {
    const carried = run([{ next: text }]);
    expect(carried.underWay).toEqual([]);
    expect(carried.state).toEqual({ text, composer: 'post', underWay: false });
    const back = run([{ next: text }, 'back']);
    expect(back.underWay).toEqual([]);
    expect(back.state).toBeUndefined();
  });

  test('Back after Post keeps the post under way: the editor reappearing is not a cancel', () => {
    const { state, published } = run([{ next: text }, 'post', 'back', 'close-step']);
    expect(state).toBeUndefined();
    expect(published.map((p) => p.text)).toEqual([text]);
  });

  test('a second Post while one is under way does not restart its windows', () => {
    const { published } = run([
      { next: text },
      'post',
      { wait: UNLOAD_WINDOW_MS - 1 },
      'post',
      { wait: 2 },
      'page-hide',
    ]);
    expect(published).toEqual([]);
  });

  test('a carry left waiting past the window is dropped on the next check', () => {
    const { state } = run([{ next: text }, { wait: HANDOFF_WINDOW_MS }, 'check']);
    expect(state).toBeUndefined();
  });
});
