/** Table-driven: each feature fires on its cue and points at exactly the words that made it fire. */
import { describe, expect, test } from 'vitest';
import { extractFeatures } from '@/lib/classifier/features';
import model from '@/lib/classifier/model.json';
import { tokenize } from '@/lib/classifier/tokenize';

const verbs = new Set(model.imperativeVerbs);
const spansOf = (text: string, id: string) =>
  (extractFeatures(text, [], verbs).get(id)?.spans ?? []).map(([start, end]) => text.slice(start, end));

describe('features', () => {
  // [feature id, text, the span texts it must report]
  const FIRES: Array<[string, string, string[]]> = [
    ['imp:commerce', 'Fresh bread today. Order now for pickup!', ['Order']],
    ['imp:commerce', '🍞🍞 Hot out of the oven!\nBook your table', ['Book']],
    ['imp:instruct', 'Store your loaf cut side down. Keep it out of the fridge.', ['Store', 'Keep']],
    ['imp', 'مرحبا 👋🏽 hi. Turn off the water first.', ['Turn']],
    ['end:question', 'We tried three new rolls this week. Which one should stay?', ['Which one should stay?']],
    ['cue:cta', 'New rye is here, link in bio', ['link in bio']],
    ['cue:offer', 'Everything is 20% off this weekend', ['20% off']],
    ['cue:promo-code', 'Use code CRUMB20 at checkout', ['code CRUMB20']],
    ['cue:urgency', 'Last chance, ends tonight!', ['Last chance', 'ends tonight']],
    ['cue:thanks', 'Thank you all for coming', ['Thank you']],
    ['cue:how-to', "Here's how to keep sourdough fresh", ["Here's how"]],
    ['cue:hiring', "We're hiring two bakers", ["We're hiring"]],
    // A newsletter pitch with a rounded reader count ("92k+", "105,000+") is still a pitch.
    ['cue:pitch', 'Join 92k+ subscribers here: and read it here', ['Join 92k+ subscribers', 'read it here']],
    ['cue:pitch', '→ Join 105,000+ readers. Subscribed yet?', ['Join 105,000+ readers', 'Subscribed']],
    ['n:url', 'Read it here https://example.com/guide today', ['https://example.com/guide']],
    ['n:price', 'Loaves from $4.50 or £3', ['$4.50', '£3']],
    ['n:percent', 'Save 15 % today', ['15 %']],
  ];

  test.each(FIRES)('%s fires on %j', (id, text, expected) => {
    expect(spansOf(text, id)).toEqual(expected);
  });

  const QUIET: Array<[string, string]> = [
    ['imp', 'The bakery opened in 1999 and we still love it.'],
    ['imp', 'Thank you all for coming. Welcome back, Sam!'],
    ['imp:commerce', 'Store your bread in a paper bag.'],
    ['end:question', 'Is it ready? Yes, it is ready.'],
    ['cue:promo-code', 'The code of conduct matters'],
    ['brand', 'Joe bakes bread'],
  ];

  test.each(QUIET)('%s stays quiet on %j', (id, text) => {
    expect(extractFeatures(text, [], verbs).has(id)).toBe(false);
  });

  test('shape features measure density, capped at 1', () => {
    const f = extractFeatures('Wow!!!! 🎉🎉🎉🎉🎉🎉 #a #b #c #d #e #f @x @y @z @w', [], verbs);
    expect(f.get('n:exclaim')?.value).toBe(1);
    expect(f.get('n:emoji')?.value).toBe(1);
    expect(f.get('n:hashtag')?.value).toBe(1);
    expect(f.get('n:mention')?.value).toBe(1);
    expect(extractFeatures('One line only.', [], verbs).get('len:short')?.value).toBe(1);
  });

  test('second person, first person plural and singular are shares of the words', () => {
    const f = extractFeatures('We love our customers and you make our day', [], verbs);
    expect(f.get('r:we')?.value).toBe(1);
    expect(f.get('r:you')?.value).toBeGreaterThan(0);
    expect(f.has('r:i')).toBe(false);
  });
});

describe('tokenize', () => {
  test.each([
    ['https://t.co/abc', 'url'],
    ['@bakery_joe', 'mention'],
    ['#ShopLocal', 'hashtag'],
    ['€12.99', 'price'],
    ['30%', 'percent'],
    ['🥐', 'emoji'],
  ])('%s is one %s token with its own span', (raw, kind) => {
    const text = `x ${raw} y`;
    const token = tokenize(text).find((t) => t.kind === kind);
    expect(token && text.slice(token.start, token.end)).toBe(raw);
  });
});

describe('the thread cue', () => {
  const hasThread = (text: string) => extractFeatures(text).has('cue:thread');
  test.each([
    '1/ Every spring someone asks why their lawn goes yellow.',
    'Why sourdough goes flat, in order of how often I see it. 1/8',
    'What your brakes are telling you (1/n)',
    'What if the moon were closer? (1) https://example.com/pic',
    'Why frost cracks pipes. 1/10 https://example.com/a https://example.com/b',
    'How a lock works, explained 🧵',
    'THREAD: what "dry" means on a wine label',
  ])('marks an explainer thread: %s', (text) => expect(hasThread(text)).toBe(true));
  test.each([
    'Add 1/2 cup of flour and stir.',
    'Mix 1/4 tsp salt, then 1/2 cup sugar',
    'Open 1/1 to 1/5, closed after',
  ])('leaves fractions and dates alone: %s', (text) => expect(hasThread(text)).toBe(false));
});

describe('engagement asks ("LIKE if…") are asks of the audience, not calls to buy', () => {
  const cues = (text: string) => [...extractFeatures(text).keys()].filter((id) => id.startsWith('cue:'));
  test.each([
    'LIKE if fall means pie season.',
    'Share this if you know a mom who deserves a break',
    'RT if you are team pancakes 🥞',
    'Double tap if this made you smile',
  ])('%s', (text) => {
    expect(cues(text)).toContain('cue:ask-audience');
    expect(cues(text)).not.toContain('cue:cta');
  });
  test('"like" elsewhere is not an ask', () =>
    expect(cues('We like our coffee strong')).not.toContain('cue:ask-audience'));
});

describe('imperatives', () => {
  const has = (text: string, id: string) => extractFeatures(text, [], new Set(['like', 'share', 'order'])).has(id);
  test('an engagement ask opens with a verb but is not a command', () => {
    expect(has('LIKE if fall means pie season.', 'imp')).toBe(false);
    expect(has('Share this if you agree.', 'imp')).toBe(false);
  });
  test('a real command still is', () => expect(has('Order now. Share it with friends.', 'imp')).toBe(true));
});

describe('rankings count as self-praise; support offers count as sympathy (the rubric conventions)', () => {
  const spans = (text: string, id: string) => spansOf(text, `cue:${id}`);
  test.each([
    ['Honored to be named one of the best bakeries in Ohio again', 'named one of'],
    ['We are proud to be recognized by the Chamber as Small Business of the Year', 'recognized by'],
    ['Our salon made the list of the most admired workplaces', 'most admired'],
    ['Three awards for our sourdough this year', 'awards'],
  ])('%s', (text, span) => expect(spans(text, 'self-praise')).toContain(span));
  test.each([
    ["@sam We're here to help. Send us your order number?", "We're here to help"],
    ["@jo That's not right. DM us and we'll see how we can help", 'see how we can help'],
    ['@kim Sorry! We will get this sorted today', 'get this sorted'],
  ])('%s', (text, span) => expect(spans(text, 'sympathy')).toContain(span));
  test('"named" in a story is not a ranking', () =>
    expect(spans('Our new puppy is named Biscuit', 'self-praise')).toEqual([]));
});

describe('own job ads and own appearances (salesy in the rubric)', () => {
  const spans = (text: string, id: string) => spansOf(text, `cue:${id}`);
  test.each([
    [
      "We're looking for a weekend baker. Full-time, to apply send your CV",
      ["We're looking for a", 'Full-time', 'to apply'],
    ],
    ['New year, new job? We just posted new positions on our careers site!', ['new positions', 'careers site']],
  ])('%s', (text, expected) => expect(spans(text, 'hiring')).toEqual(expected));
  test.each([
    ['Our founder will be speaking on small-business lending at the expo', 'will be speaking'],
    ['Catch us at the Home Show this weekend, booth 12', 'Catch us at'],
  ])('%s', (text, span) => expect(spans(text, 'own-event')).toContain(span));
});
