/** The owner in the loop, through the background's handlers: ask, answer, correct, teach, forget, badge. */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { syncWaitingBadge, waitingBadgeText } from '@/lib/background/waiting-badge';
import { type Handlers, isRequest, MAX_TAUGHT_POSTS, type Request } from '@/lib/messages';
import { ASK_POLICY } from '@/lib/personal';
import { MAX_WAITING, readHeld, waitingNow } from '@/lib/storage/calls';
import { exportJson } from '@/lib/storage/export';
import { runImport } from '@/lib/storage/import-run';
import { readOwner } from '@/lib/storage/owner';
import { readSettings, readState } from '@/lib/storage/read';
import { KEYS, type PostRecord } from '@/lib/storage/schema';
import { createWriter } from '@/lib/storage/writer';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const area = () => fakeBrowser.storage.local;
let ids = 0;
const make = () => createHandlers({ area: area(), now: () => NOW, newId: () => `id-${ids++}` });
const publish = async (handlers: ReturnType<typeof make>['handlers'], text: string, minutesAgo = 0) => {
  const reply = await handlers['log-publish']({
    kind: 'log-publish',
    post: { platform: 'x', composer: 'post', text, publishedAt: NOW - minutesAgo * 60_000 },
  });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
};
const waitingIds = async () => waitingNow(readHeld((await area().get(KEYS.calls))[KEYS.calls]), NOW).map((h) => h.id);
const stored = async (id: string) => (await readState(area())).posts.find((p) => p.id === id) as PostRecord;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('after a publish', () => {
  test("a new owner's first posts are asked about: they wait, with the model's scores, and count by them", async () => {
    const { handlers } = make();
    const post = await publish(handlers, 'Our new rye loaf is in the shop this week, come and try it.');
    expect(post.call).toBe('pending');
    expect(post.scores).toBeDefined();
    expect(post.scores?.[post.label]).toBeCloseTo(post.confidence, 2);
    expect(await waitingIds()).toEqual([post.id]);
    expect((await readOwner(area())).personal.history).toMatchObject({ published: 1, asked: 1 });
  });

  test(`no more than ${MAX_WAITING} posts wait; a new question pushes the oldest out`, async () => {
    const { handlers } = make();
    const older = Array.from({ length: MAX_WAITING }, (_, i) => ({
      id: `old-${i}`,
      publishedAt: NOW - (i + 1) * 3_600_000,
      input: { 'w:thanks': 1 },
      waiting: true,
    }));
    await area().set({ [KEYS.calls]: older });
    const post = await publish(handlers, 'Thank you all for coming!');
    expect(post.call).toBe('pending');
    const waiting = await waitingIds();
    expect(waiting).toHaveLength(MAX_WAITING);
    expect(waiting[0]).toBe(post.id);
    expect(waiting).not.toContain(`old-${MAX_WAITING - 1}`);
  });

  test('excerpts off: the held learning input is feature values, never the text', async () => {
    const { handlers } = make();
    await handlers['update-settings']({ kind: 'update-settings', patch: { keepExcerpts: false } });
    const text = 'Grandma Olive taught me this crust, thank you for the kind words!';
    await publish(handlers, text);
    const all = JSON.stringify(await area().get(null));
    expect(all).not.toContain('Grandma Olive');
    expect(readHeld((await area().get(KEYS.calls))[KEYS.calls])[0]?.input).toBeTypeOf('object');
  });
});

describe('the owner answers', () => {
  test('an answer counts as the owner said, stops the post waiting, and teaches', async () => {
    const { handlers } = make();
    const post = await publish(handlers, 'Tip: keep bread cut side down on a wooden board to keep it fresh.');
    const answer = post.label === 'salesy' ? 'helpful' : 'salesy';
    const reply = await handlers['answer-call']({ kind: 'answer-call', id: post.id, label: answer });
    expect(reply).toMatchObject({ ok: true, value: { call: 'answered', correctedLabel: answer } });
    expect(await waitingIds()).toEqual([]);
    const { personal } = await readOwner(area());
    expect(personal.history.answered).toBe(1);
    expect(Object.keys(personal.weights).length).toBeGreaterThan(0);
  });

  test("an answer that agrees with the model keeps the model's label, and still teaches", async () => {
    const { handlers } = make();
    const post = await publish(handlers, 'Which bread should we bake next week? Tell us!');
    const reply = await handlers['answer-call']({ kind: 'answer-call', id: post.id, label: post.label });
    expect(reply.ok && reply.value).toMatchObject({ call: 'answered', label: post.label });
    expect(reply.ok && reply.value.correctedLabel).toBeUndefined();
    expect((await readOwner(area())).personal.history).toMatchObject({ answered: 1, agreed: 1 });
  });

  test('a correction of a recent post that was not asked about teaches once', async () => {
    const { handlers } = make();
    for (let i = 0; i < ASK_POLICY.calibrationPosts; i++) {
      const asked = await publish(handlers, `Thanks everyone for a lovely week ${i}!`, 30 - i);
      await handlers['answer-call']({ kind: 'answer-call', id: asked.id, label: asked.label });
    }
    const before = (await readOwner(area())).personal.history.answered;
    const post = await publish(handlers, 'Fresh sourdough today! 20% off, order now at the shop.');
    await handlers['correct-label']({ kind: 'correct-label', id: post.id, label: 'helpful' });
    expect((await readOwner(area())).personal.history.answered).toBe(before + 1);
    await handlers['correct-label']({ kind: 'correct-label', id: post.id, label: 'conversational' });
    expect((await readOwner(area())).personal.history.answered).toBe(before + 1);
    expect((await stored(post.id)).correctedLabel).toBe('conversational');
  });

  test.each([
    ['an unknown label', { id: 'x', label: 'spam' }, /not a label/],
    ['a post not in the log', { id: 'gone', label: 'helpful' }, /no longer in the log/],
  ])('refused: %s', async (_name, request, error) => {
    const { handlers } = make();
    const reply = await handlers['answer-call']({ kind: 'answer-call', ...request } as never);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(error);
  });
});

describe('teach and forget', () => {
  const SALESY_VOICE = [
    'Our Crumbly Joe cookies are back, grab a box on Saturday.',
    'Crumbly Joe cookies: twelve flavours this month, pick yours up at the market.',
    'Meet the Crumbly Joe holiday tin, filled with our best cookies.',
    'The Crumbly Joe cookie box makes a lovely gift for your team.',
  ];
  const draft = 'The Crumbly Joe cookie tin is filled for the weekend.';

  test('taught posts teach the live badge, and are neither logged nor counted', async () => {
    const { handlers } = make();
    const before = await handlers.classify({ kind: 'classify', text: draft, platform: 'x' });
    const reply = await handlers.teach({
      kind: 'teach',
      posts: [...SALESY_VOICE, ...SALESY_VOICE].map((text) => ({ text, label: 'salesy' as const })),
    });
    expect(reply).toEqual({ ok: true, value: { learned: 8 } });
    const after = await handlers.classify({ kind: 'classify', text: draft, platform: 'x' });
    expect(before.ok && after.ok && after.value.result.scores.salesy > before.value.result.scores.salesy).toBe(true);
    expect((await readState(area())).posts).toEqual([]);
    expect((await readOwner(area())).personal.history).toMatchObject({ published: 0, answered: 8 });
  });

  test.each([
    ['not a list', 'hello'],
    ['an unknown label', [{ text: 'A post', label: 'spam' }]],
    ['an empty post', [{ text: '  ', label: 'helpful' }]],
    ['too many', Array.from({ length: MAX_TAUGHT_POSTS + 1 }, () => ({ text: 'A post', label: 'helpful' }))],
  ])('teach refuses %s and learns nothing', async (_name, posts) => {
    const { handlers } = make();
    const reply = await handlers.teach({ kind: 'teach', posts } as never);
    expect(reply.ok).toBe(false);
    expect(await area().get(KEYS.personal)).toEqual({});
  });

  test('forget starts afresh; posts still waiting keep waiting', async () => {
    const { handlers } = make();
    await handlers.teach({ kind: 'teach', posts: SALESY_VOICE.map((text) => ({ text, label: 'salesy' as const })) });
    const post = await publish(handlers, 'Thank you for coming last night!');
    expect(await handlers['forget-learning']({ kind: 'forget-learning' })).toEqual({ ok: true, value: { answers: 4 } });
    const { personal } = await readOwner(area());
    expect(personal.weights).toEqual({});
    expect(personal.history.answered).toBe(0);
    expect(await waitingIds()).toEqual([post.id]);
  });
});

describe('export and import carry what was learned', () => {
  const TAUGHT = [
    { text: 'Tip: rest the dough overnight for a better crumb.', label: 'salesy' as const },
    { text: 'Tip: a hot oven and steam make the crust.', label: 'salesy' as const },
  ];
  const exported = async () => {
    const personal = (await area().get(KEYS.personal))[KEYS.personal];
    return JSON.parse(exportJson(await readState(area()), NOW, { personal })) as Record<string, unknown>;
  };
  /** The options page's import (lib/storage/import-run.ts) against these handlers. */
  const importFile = (handlers: Handlers, file: unknown) =>
    runImport(file, false, {
      send: ((req: Request) => (handlers[req.kind] as (r: Request) => Promise<unknown>)(req)) as never,
      currentSettings: () => readSettings(area()),
      loggedIds: async () => new Set((await readState(area())).posts.map((p) => p.id)),
      onProgress: () => {},
      now: NOW,
    });

  test('a new browser takes it: the model round-trips exactly and judges drafts the same', async () => {
    const { handlers } = make();
    await handlers.teach({ kind: 'teach', posts: TAUGHT });
    await publish(handlers, 'Thank you all for coming!');
    const file = await exported();
    const before = (await readOwner(area())).personal;
    const draft = await handlers.classify({ kind: 'classify', text: 'Tip: rest the dough.', platform: 'x' });
    fakeBrowser.reset();
    const fresh = make().handlers;
    const outcome = await importFile(fresh, file);
    expect(outcome.ok).toBe(true);
    expect(outcome.text).toContain('Imported 1 post');
    expect(outcome.text).toContain('What Post Coach learned from you came with it.');
    expect((await readOwner(area())).personal).toEqual(before);
    const again = await fresh.classify({ kind: 'classify', text: 'Tip: rest the dough.', platform: 'x' });
    expect(again.ok && again.value.result.scores).toEqual(draft.ok && draft.value.result.scores);
  });

  test('a browser that has learned keeps its own; a damaged one is left out; a file without it says nothing', async () => {
    const { handlers } = make();
    await handlers.teach({ kind: 'teach', posts: TAUGHT });
    const file = await exported();
    await handlers['forget-learning']({ kind: 'forget-learning' });
    await handlers.teach({ kind: 'teach', posts: [{ text: 'Thanks, everyone!', label: 'conversational' }] });
    const mine = (await readOwner(area())).personal;
    const kept = await importFile(handlers, file);
    expect(kept.text).toContain('was kept; the file’s was not used');
    expect((await readOwner(area())).personal).toEqual(mine);

    const damaged = await importFile(handlers, { ...file, extra: { personal: 'junk' } });
    expect(damaged.text).toContain('could not be read from the file');
    const plain = await importFile(handlers, { ...file, extra: {} });
    expect(plain.ok).toBe(true);
    expect(plain.text).not.toContain('learned');
  });
});

describe('start-up checks what was learned', () => {
  test.each([
    [
      'learned over another shipped model: kept, re-keyed, with a notice',
      { base: 'an-older-model', answered: 3 },
      /updated/,
      3,
    ],
    ['damaged: starts afresh, with a notice', 'junk', /could not be read/, 0],
  ])('%s', async (_name, stored, notice, answers) => {
    const personal =
      typeof stored === 'string'
        ? stored
        : {
            version: 1,
            base: stored.base,
            bias: [0.2, 0, -0.2],
            weights: { 'w:loaf': [0.1, 0, -0.1] },
            history: { published: 3, asked: 3, answered: stored.answered, agreed: 1, recent: [1, 0, 0] },
          };
    await area().set({ schemaVersion: 3, calls: [], [KEYS.personal]: personal });
    await createWriter(area(), () => NOW).migrate();
    const after = await area().get([KEYS.personal, KEYS.personalNotice]);
    expect(after[KEYS.personalNotice]).toMatch(notice);
    expect((after[KEYS.personal] as { history: { answered: number } }).history.answered).toBe(answers);
    // Stored as read: the next start-up finds nothing to say.
    expect((await readOwner(area())).notice).toBeUndefined();
  });
});

describe('the toolbar badge and the protocol', () => {
  test('the badge counts the waiting posts, and empties when they are answered', async () => {
    const { handlers } = make();
    const first = await publish(handlers, 'Thank you all for coming!', 2);
    await publish(handlers, 'Tip: rest the dough overnight.', 1);
    expect(await syncWaitingBadge(area(), fakeBrowser.action, NOW)).toBe(2);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    await handlers['answer-call']({ kind: 'answer-call', id: first.id, label: 'conversational' });
    await syncWaitingBadge(area(), fakeBrowser.action, NOW);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    // Deleting the log leaves no post to ask about.
    await handlers['clear-log']({ kind: 'clear-log' });
    expect(await syncWaitingBadge(area(), fakeBrowser.action, NOW)).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  test.each([
    [0, ''],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
  ])('badge text for %i waiting: %j', (count, text) => {
    expect(waitingBadgeText(count)).toBe(text);
  });

  test.each(['answer-call', 'teach', 'forget-learning'])('%s is a request the background accepts', (kind) => {
    expect(isRequest({ kind })).toBe(true);
  });
});
