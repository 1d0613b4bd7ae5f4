/**
 * The background's publish and answer steps carry the ask policy's chance: a post asked by chance
 * keeps it with its held input, and its answer teaches the label bias as the posts it stands for.
 */
import { describe, expect, test } from 'vitest';
import { answerStep, publishStep } from '@/lib/background/owner';
import { ASK_POLICY, askDecision, classifyPersonal, emptyPersonal, type PersonalModel } from '@/lib/personal';
import type { OwnerState } from '@/lib/storage/owner';
import { DEFAULT_SETTINGS } from '@/lib/storage/schema';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const context = (id: string) => ({ id, now: NOW, settings: DEFAULT_SETTINGS });
const post = (text: string) => ({ platform: 'x' as const, composer: 'post' as const, text, publishedAt: NOW });
/** An owner past the calibration period who trusts the model: sure posts are asked by chance. */
const trusted: PersonalModel = {
  ...emptyPersonal(),
  history: { published: 100, asked: 10, answered: 20, agreed: 20, recent: Array(20).fill(1), salesyGap: 0 },
};

/** Invented sure posts; the first whose draw asks, and the first whose draw does not. */
function surePosts() {
  const texts = Array.from(
    { length: 400 },
    (_, i) => `Huge sale today, 40% off every loaf, order now with code BREAD${i}!`,
  );
  const sure = texts.filter((t) => askDecision(trusted, classifyPersonal(t, trusted), t).chance < 1);
  const asked = sure.find((t) => askDecision(trusted, classifyPersonal(t, trusted), t).asked);
  const notAsked = sure.find((t) => !askDecision(trusted, classifyPersonal(t, trusted), t).asked);
  return { asked: asked as string, notAsked: notAsked as string };
}

describe('publish and answer with the ask chance', () => {
  const { asked, notAsked } = surePosts();
  const start: OwnerState = { personal: trusted, held: [] };

  test('a sure post asked by chance waits, holding its chance', () => {
    const step = publishStep(start, post(asked), context('a'));
    expect(step.post.call).toBe('pending');
    expect(step.owner.held[0]).toMatchObject({ id: 'a', waiting: true, chance: ASK_POLICY.sureChance });
  });

  test('a sure post not drawn is not asked and holds no chance', () => {
    const step = publishStep(start, post(notAsked), context('b'));
    expect(step.post.call).toBeUndefined();
    expect(step.owner.held[0]?.chance).toBeUndefined();
  });

  test('the answer to a post asked by chance moves the label bias more than a correction does', () => {
    const published = publishStep(start, post(asked), context('a')).owner;
    const answered = answerStep(published, 'a', 'helpful').personal;
    const corrected = answerStep(
      { ...published, held: published.held.map(({ chance: _, ...h }) => h) },
      'a',
      'helpful',
    ).personal;
    const moved = (p: PersonalModel) => Math.abs((p.bias[2] as number) - (trusted.bias[2] as number));
    expect(moved(answered)).toBeGreaterThan(moved(corrected));
    expect(answered.history.answered).toBe(corrected.history.answered);
  });
});
