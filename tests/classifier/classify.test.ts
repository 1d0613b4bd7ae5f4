import { describe, expect, test } from 'vitest';
import { classify, MAX_CHARS, UNSURE_THRESHOLD } from '@/lib/classifier';
import { LABELS } from '@/lib/classifier/types';

/** Clear-cut drafts a bakery owner might write; the model must get these right. */
const CLEAR_CUT: Array<[string, string]> = [
  ['salesy', 'Fresh sourdough today! 20% off, order now 👉 link in bio'],
  ['salesy', 'Flash sale this weekend only: 30% off every cake with code BAKE30. Order online now!'],
  ['salesy', "We're hiring a weekend barista! Apply in store or send us your CV."],
  ['salesy', 'Our Christmas hampers are back, from $45. Pre-order today before they sell out.'],
  ['conversational', 'Happy Friday everyone! What are your plans for the weekend?'],
  ['conversational', 'Thank you so much to everyone who came to our fifth birthday party ❤️'],
  ['conversational', 'Which should we bake next week: lemon drizzle or carrot cake? Tell us in the comments!'],
  ['helpful', 'Tip: store your bread cut side down on a wooden board and it stays fresh for days.'],
  ['helpful', 'Storm warning tonight: clear your gutters and check your sump pump works.'],
  ['helpful', '@user You can reset your password from the login screen: tap Forgot password and check your email.'],
];

describe('classify', () => {
  test.each(CLEAR_CUT)('%s: %s', (label, text) => {
    const result = classify(text);
    expect(result.label).toBe(label);
    expect(result.unsure).toBe(false);
  });

  test('explains with spans that point at the draft', () => {
    const text = 'Fresh sourdough today! 20% off, order now 👉 link in bio';
    const { reasons, label } = classify(text);
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) {
      expect(text.slice(r.start, r.end)).toBe(r.text);
      expect(r.label).toBe(label);
      expect(r.weight).toBeGreaterThan(0);
    }
    expect(reasons.map((r) => r.text).join(' ')).toMatch(/order|off|link in bio/);
  });

  test('reasons do not overlap', () => {
    const { reasons } = classify('Order now! Order now! 50% off everything, code SAVE50, link in bio.');
    const sorted = [...reasons].sort((a, b) => a.start - b.start);
    sorted.forEach((r, i) => {
      if (i > 0) expect(r.start).toBeGreaterThanOrEqual((sorted[i - 1] as { end: number }).end);
    });
  });

  test('brand terms count toward promotion', () => {
    const text = 'Crumbly Joe sourdough is the one our neighbours keep coming back for.';
    const without = classify(text);
    const withBrand = classify(text, { brandTerms: ['Crumbly Joe'] });
    expect(withBrand.scores.salesy).toBeGreaterThan(without.scores.salesy);
    expect(withBrand.reasons.some((r) => r.feature === 'brand' && r.text === 'Crumbly Joe')).toBe(true);
  });

  test.each([[''], ['   \n\t '], ['a'], ['🍞']])('%j is too short to call: unsure, uniform-ish, no reasons', (text) => {
    const result = classify(text);
    expect(result.unsure).toBe(true);
    expect(result.reasons.every((r) => text.slice(r.start, r.end) === r.text)).toBe(true);
  });

  test('50,000 characters: capped, flagged, spans still inside the input', () => {
    const text = 'Order now and save 20% on all loaves today. '.repeat(1200);
    const result = classify(text);
    expect(result.truncated).toBe(true);
    expect(text.length).toBeGreaterThan(MAX_CHARS);
    for (const r of result.reasons) expect(r.end).toBeLessThanOrEqual(MAX_CHARS);
    expect(result.label).toBe('salesy');
  });

  test.each([
    ['HTML', '<script>alert(1)</script><b>Order now</b> 20% off'],
    ['RTL', 'مرحبا بكم في مخبزنا! خصم ٢٠٪ اليوم'],
    ['control characters', 'Thank\u0000 you\u0007 all\u001b for coming!'],
    ['non-English', '¡Gracias a todos por venir a nuestra fiesta de aniversario!'],
    ['markdown', '# Tips\n- **store** bread cut side down\n- [read more](https://example.com)'],
  ])('%s gets a result', (_name, text) => {
    const result = classify(text);
    expect(LABELS).toContain(result.label);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  test('"not sure yet" below the confidence threshold', () => {
    for (const text of ['ok then, maybe later', 'Thank you all so much for coming to our birthday party!', 'hmm']) {
      const result = classify(text);
      if (result.confidence < UNSURE_THRESHOLD) expect(result.unsure).toBe(true);
    }
    expect(classify('Thank you all so much for coming to our birthday party, we loved seeing you!').unsure).toBe(false);
  });

  test.each([
    'Frische Brötchen heute! 20% Rabatt auf alle Kuchen, jetzt bestellen.',
    '今日は焼きたてのパンが20%オフ！ご予約はこちら',
    'Ciao a tutti, oggi pane fresco e cornetti caldi!',
    'Merci à tous pour votre visite samedi, à bientôt à la boulangerie !',
  ])('another language is a guess, said as such: %s', (text) => {
    const result = classify(text);
    expect(result.otherLanguage).toBe(true);
    expect(result.unsure).toBe(true);
    expect(LABELS).toContain(result.label);
  });

  test.each([
    ...CLEAR_CUT.map(([, text]) => text),
    'omg ur sourdough is da best lol 😂 #breadlife #sourdoughsunday #yum',
    'Shoutout to @mariasbakes for the gorgeous cake!! 🎂🎉',
    'Q3 results: revenue up 12%, margins stable. Full report → https://example.com/q3',
    'Kubernetes tip: set resource requests on every pod, or the scheduler cannot plan.',
  ])('English, slang, hashtags and jargon included, is not taken for another language: %s', (text) => {
    expect(classify(text).otherLanguage).toBe(false);
  });
});
