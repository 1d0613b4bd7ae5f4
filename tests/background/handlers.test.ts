/** The background's answers: classify with a nudge, log once, site switches, corrections, imports. */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { classify } from '@/lib/classifier';
import type { Classification } from '@/lib/classifier/types';
import { chooseNudge } from '@/lib/coach/nudge';
import { readState } from '@/lib/storage/read';
import type { PostRecord } from '@/lib/storage/schema';

const NOW = Date.parse('2026-11-24T12:00:00Z');
let ids = 0;
const make = () => createHandlers({ area: fakeBrowser.storage.local, now: () => NOW, newId: () => `id-${ids++}` });
const newPost = (text: string, platform: 'x' | 'linkedin' | 'facebook' = 'x') => ({
  platform,
  composer: 'post' as const,
  text,
  publishedAt: NOW,
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('handlers', () => {
  test('classify answers with a label and a nudge', async () => {
    const { handlers } = make();
    const reply = await handlers.classify({
      kind: 'classify',
      text: 'Flash sale! 30% off all cakes, order now',
      platform: 'x',
    });
    expect(reply.ok && reply.value.result.label).toBe('salesy');
    // An empty log: the nudge explains the target rather than warning (see chooseNudge below).
    expect(reply.ok && reply.value.nudge.text).toMatch(/10% target/);
  });

  test('log-publish classifies and stores one record, with an excerpt only if allowed', async () => {
    const { handlers } = make();
    const reply = await handlers['log-publish']({
      kind: 'log-publish',
      post: newPost('Thank you all for coming last night!'),
    });
    expect(reply).toMatchObject({
      ok: true,
      value: { label: 'conversational', platform: 'x', excerpt: 'Thank you all for coming last night!' },
    });
    await handlers['update-settings']({ kind: 'update-settings', patch: { keepExcerpts: false } });
    await handlers['log-publish']({ kind: 'log-publish', post: newPost('Second post, thanks everyone') });
    const { posts } = await readState(fakeBrowser.storage.local);
    expect(posts).toHaveLength(2);
    expect(posts.every((p) => p.excerpt === undefined)).toBe(true);
  });

  test.each([[''], ['   '], [undefined as unknown as string]])('an empty post (%j) is refused', async (text) => {
    const { handlers } = make();
    expect((await handlers['log-publish']({ kind: 'log-publish', post: newPost(text) })).ok).toBe(false);
    expect((await readState(fakeBrowser.storage.local)).posts).toHaveLength(0);
  });

  test('a site switched off logs nothing', async () => {
    const { handlers } = make();
    await handlers['update-settings']({
      kind: 'update-settings',
      patch: { sites: { x: true, linkedin: false, facebook: true } },
    });
    const reply = await handlers['log-publish']({ kind: 'log-publish', post: newPost('Hello LinkedIn', 'linkedin') });
    expect(reply.ok).toBe(false);
    expect((await readState(fakeBrowser.storage.local)).posts).toHaveLength(0);
  });

  test('fifty publishes at once all land', async () => {
    const { handlers } = make();
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        handlers['log-publish']({ kind: 'log-publish', post: newPost(`Post number ${i}, thanks!`) }),
      ),
    );
    expect((await readState(fakeBrowser.storage.local)).posts).toHaveLength(50);
  });

  test('publishes from several tabs and corrections at the same time: nothing lost, every correction kept', async () => {
    const { handlers } = make();
    const first = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        handlers['log-publish']({ kind: 'log-publish', post: newPost(`First wave ${i}, thanks!`) }),
      ),
    );
    const firstIds = first.map((r) => (r.ok ? r.value.id : ''));
    await Promise.all([
      ...Array.from({ length: 90 }, (_, i) =>
        handlers['log-publish']({
          kind: 'log-publish',
          post: newPost(`Second wave ${i}, thanks!`, (['x', 'linkedin', 'facebook'] as const)[i % 3]),
        }),
      ),
      ...firstIds.map((id) => handlers['correct-label']({ kind: 'correct-label', id, label: 'salesy' })),
    ]);
    const { posts } = await readState(fakeBrowser.storage.local);
    expect(posts).toHaveLength(100);
    expect(posts.filter((p) => p.correctedLabel === 'salesy' || p.label === 'salesy').length).toBeGreaterThanOrEqual(
      10,
    );
    expect(posts.filter((p) => firstIds.includes(p.id)).every((p) => (p.correctedLabel ?? p.label) === 'salesy')).toBe(
      true,
    );
  });

  test('an import follows the keep-excerpts choice', async () => {
    const { handlers } = make();
    await handlers['update-settings']({ kind: 'update-settings', patch: { keepExcerpts: false } });
    const posts = [
      {
        id: 'i1',
        publishedAt: NOW,
        platform: 'x' as const,
        composer: 'post' as const,
        label: 'helpful' as const,
        confidence: 1,
        chars: 5,
        excerpt: 'hello',
      },
    ];
    const setAside = [{ id: 'broken', excerpt: 'private words' }];
    expect(await handlers['import-batch']({ kind: 'import-batch', posts, setAside })).toEqual({
      ok: true,
      value: { added: 1, skipped: 0, setAside: 1 },
    });
    const state = await readState(fakeBrowser.storage.local);
    expect(state.posts[0]?.excerpt).toBeUndefined();
    expect(state.quarantine).toEqual([{ id: 'broken' }]);
  });

  test('an import batch is checked again: a damaged post names its field and nothing is written', async () => {
    const { handlers } = make();
    const good = {
      id: 'g',
      publishedAt: NOW,
      platform: 'x',
      composer: 'post',
      label: 'helpful',
      confidence: 1,
      chars: 5,
    };
    const posts = [good, { ...good, id: 'b', confidence: 7 }] as PostRecord[];
    expect(await handlers['import-batch']({ kind: 'import-batch', posts, setAside: [] })).toEqual({
      ok: false,
      error: 'Post 2 of an import batch has a damaged confidence (a number from 0 to 1).',
    });
    expect((await readState(fakeBrowser.storage.local)).posts).toEqual([]);
  });

  test('brand terms from the settings reach the classifier', async () => {
    const { handlers } = make();
    const text = 'Crumbly Joe is what the neighbours keep coming back for.';
    const before = await handlers.classify({ kind: 'classify', text, platform: 'x' });
    await handlers['update-settings']({ kind: 'update-settings', patch: { brandTerms: ['Crumbly Joe'] } });
    const after = await handlers.classify({ kind: 'classify', text, platform: 'x' });
    expect(after.ok && before.ok && after.value.result.scores.salesy > before.value.result.scores.salesy).toBe(true);
  });
});

describe('chooseNudge', () => {
  const log = (labels: PostRecord['label'][]): PostRecord[] =>
    labels.map((label, i) => ({
      id: `${i}`,
      publishedAt: NOW - (i + 1) * 3_600_000,
      platform: 'x',
      composer: 'post',
      label,
      confidence: 0.9,
      chars: 10,
    }));

  test('a salesy draft that would push the mix over target says so, with the number', () => {
    const nudge = chooseNudge(
      classify('Flash sale! 30% off all cakes, order now'),
      log(['salesy', 'salesy', 'salesy', 'helpful', 'helpful']),
      0.1,
      NOW,
    );
    expect(nudge.tone).toBe('warn');
    expect(nudge.projectedShare).toBeCloseTo(4 / 6);
    expect(nudge.text).toMatch(/3 of your last 5 posts were salesy/);
    expect(nudge.text).toMatch(/67%/);
  });

  test('with fewer than five posts in the window, a salesy draft gets the target in posts, not a percentage', () => {
    const draft = classify('Flash sale! 30% off all cakes, order now');
    for (const history of [[], log(['helpful']), log(['salesy', 'helpful', 'conversational', 'helpful'])]) {
      const nudge = chooseNudge(draft, history, 0.1, NOW);
      expect(nudge.tone).toBe('info');
      expect(nudge.text).toBe(
        'This reads as salesy. Your 10% target means about one salesy post in every 10: follow it with tips and questions.',
      );
    }
    expect(chooseNudge(draft, [], 0.33, NOW).text).toMatch(/one salesy post in every 3:/);
  });

  test('a salesy draft within target is not scolded', () => {
    const ten = log(Array.from({ length: 12 }, () => 'helpful' as const));
    expect(chooseNudge(classify('Flash sale! 30% off all cakes, order now'), ten, 0.1, NOW).tone).toBe('info');
  });

  test('a draft in another language is told the label is a guess', () => {
    const nudge = chooseNudge(classify('Ciao a tutti, oggi pane fresco e cornetti caldi!'), [], 0.1, NOW);
    expect(nudge.text).toMatch(/looks like another language/);
  });

  test.each(['helpful', 'conversational'] as const)('a %s draft gets encouragement', (label) => {
    // A fixed classification: this tests the nudge, not how the classifier reads a sentence.
    const result: Classification = {
      label,
      confidence: 0.9,
      scores: { salesy: 0.05, conversational: 0.05, helpful: 0.05, [label]: 0.9 },
      reasons: [],
      unsure: false,
      truncated: false,
    };
    expect(chooseNudge(result, [], 0.1, NOW).tone).toBe('praise');
  });
});
