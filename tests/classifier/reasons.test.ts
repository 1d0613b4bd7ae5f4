/**
 * The reasons a person reads beside a draft: a few whole phrases, each with why it matters, and
 * the phrase that defines the label (a code, a price, a call to action, a question, a
 * step) always among them. Drafts written for this test. The phrases the rubric defines are
 * asserted exactly; the rest depend on the trained weights, so only their shape is.
 */
import { describe, expect, test } from 'vitest';
import { classify, type Label } from '@/lib/classifier';

interface Row {
  draft: string;
  label: Label;
  /** [phrase, why]: each must be one of the reasons, exactly. */
  shown: Array<[string, string]>;
  /** Words that must not be a reason on their own (the noise issue 20 found). */
  notAlone?: string[];
}

const ROWS: Row[] = [
  {
    draft: 'Shop our new candle collection today! Use code GLOW30 for 30% off. Shop now, link in bio.',
    label: 'salesy',
    shown: [
      ['Use code GLOW30 for 30% off', 'a discount code'],
      ['Shop now', 'a call to buy, book or visit'],
    ],
    notAlone: ['Shop', 'shop', 'new'],
  },
  {
    draft: 'Sourdough class on Sunday, book now for $40',
    label: 'salesy',
    shown: [['book now for $40', 'a price']],
    notAlone: ['now', 'Sunday'],
  },
  {
    draft: 'Our spring bouquets are here, $35 each. Order online today for delivery on Saturday!',
    label: 'salesy',
    shown: [
      ['$35', 'a price'],
      ['Order online today for delivery on Saturday', 'a call to buy, book or visit'],
    ],
  },
  {
    draft:
      'Trim the wick to 5mm before every burn. Let the first burn reach the edges so the wax melts evenly and never tunnels.',
    label: 'helpful',
    shown: [
      ['Trim the wick to 5mm before every burn', 'a step-by-step tip'],
      ['Let the first burn reach the edges', 'a step-by-step tip'],
    ],
    notAlone: ['burn', 'edges', 'before', 'melts'],
  },
  {
    draft:
      'Step 1: feed your starter the night before. Step 2: mix flour and water, rest 30 minutes. Step 3: add salt.',
    label: 'helpful',
    shown: [
      ['Step 1: feed your starter the night before', 'a step-by-step tip'],
      ['Step 2: mix flour and water', 'a step-by-step tip'],
      ['Step 3: add salt', 'a step-by-step tip'],
    ],
    notAlone: ['water', 'before'],
  },
  {
    draft: "What's everyone's favourite comfort bake when it gets cold? Ours is cinnamon rolls. Tell us yours!",
    label: 'conversational',
    shown: [["What's everyone's favourite comfort bake when it gets cold?", 'asks your readers a question']],
    notAlone: ["everyone's", 'comfort', 'Ours', 'Tell'],
  },
  {
    draft: 'Thank you all for coming to our open day! What should we bake next? Tell us below.',
    label: 'conversational',
    shown: [['What should we bake next?', 'asks your readers a question']],
  },
  {
    draft:
      'We tried a new rye recipe this week and the whole team loved it. Which loaf should we bake for the weekend?',
    label: 'conversational',
    shown: [['Which loaf should we bake for the weekend?', 'asks your readers a question']],
  },
  {
    draft:
      'After ten years in this small town, I learned that the materials matter less than the people. Thank you all.',
    label: 'conversational',
    shown: [['Thank you', 'thanks people']],
    notAlone: ['After', 'small', 'materials', 'years', 'people', 'I'],
  },
];

describe.each(ROWS)('$draft', ({ draft, label, shown, notAlone = [] }) => {
  const result = classify(draft);

  test(`reads as ${label}, and names what defines it`, () => {
    expect(result.label).toBe(label);
    const reasons = result.reasons.map((r) => [r.text, r.message]);
    for (const phrase of shown) expect(reasons).toContainEqual(phrase);
  });

  test('no noise: a few phrases, none twice in any case, no lone common word', () => {
    const texts = result.reasons.map((r) => r.text);
    expect(texts.length).toBeLessThanOrEqual(4);
    expect(new Set(texts.map((t) => t.toLowerCase())).size).toBe(texts.length);
    for (const word of notAlone) expect(texts).not.toContain(word);
  });
});

describe('every reason', () => {
  const drafts = [
    ...ROWS.map((r) => r.draft),
    'Hoy tenemos pan fresco en la tienda, ven a probarlo antes del fin de semana.',
    'Happy Friday! 🎉 Our doors open at 8, come by for coffee. My favourite is the oat latte.',
    'Warning: scam texts are going around pretending to be us. We never ask for card details by text.',
    'Fresh sourdough today!!! 20% off, order now https://example.com/shop #bread #local',
  ];

  test.each(drafts)('%s: is its own slice of the text, with a message, apart from the others', (draft) => {
    const { reasons, label } = classify(draft);
    const sorted = [...reasons].sort((a, b) => a.start - b.start);
    for (const [i, r] of sorted.entries()) {
      expect(draft.slice(r.start, r.end)).toBe(r.text);
      expect(r.label).toBe(label);
      expect(r.message).toMatch(/^[a-z].{3,}[^.]$/);
      expect(r.weight).toBeGreaterThanOrEqual(0);
      const next = sorted[i + 1];
      // Phrases that touched within a sentence were joined: something other than spaces lies
      // between, or a sentence ends.
      if (next) expect(/[^ \t]/.test(draft.slice(r.end, next.start)) || /[.!?…]$/.test(r.text)).toBe(true);
    }
  });

  test('a draft in another language gets no lone words it happened to know', () => {
    const texts = classify('Hoy tenemos pan fresco en la tienda, ven a probarlo antes del fin de semana.').reasons.map(
      (r) => r.text,
    );
    expect(texts).not.toContain('fin');
    expect(texts).not.toContain('ven');
  });
});
