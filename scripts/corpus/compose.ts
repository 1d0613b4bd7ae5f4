/**
 * `npm run corpus`: writes data/corpus/composed.jsonl, the composed part of the training corpus,
 * deterministically (fixed seed). Recipes combine the pools in ./fragments.ts for the sectors in
 * ./sectors.ts, including the hard cases the rubric names (a tip that ends with a sell, thanks
 * that announce a sale, a question that sells, replies of each kind).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Label } from '../../lib/classifier/types';
import { CORPUS_DIR } from '../train/data';
import * as F from './fragments';
import { SECTORS, type Sector } from './sectors';

type Platform = 'x' | 'facebook' | 'linkedin';
type Pick = <T>(list: readonly T[]) => T;

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function filler(sector: Sector, pick: Pick, random: () => number) {
  const slots: Record<string, () => string> = {
    biz: () => pick(sector.names),
    product: () => pick(sector.products),
    tip: () => pick(sector.tips),
    moment: () => pick(sector.moments),
    price: () => `${pick(['$', '£', '€'])}${pick([5, 9, 12, 15, 25, 40, 99])}`,
    pct: () => `${pick([10, 15, 20, 25, 30, 50])}%`,
    day: () => pick(F.DAYS),
    code: () => pick(F.CODES),
    url: () => pick(['https://t.co/', 'https://bit.ly/', 'https://']) + Math.floor(random() * 1e6).toString(36),
    name: () => pick(F.NAMES),
    n: () => String(2 + Math.floor(random() * 8)),
    place: () => pick(F.PLACES),
    user: () => pick(['user', 'user', 'customer', 'jen_bakes', 'mike_r']),
  };
  return (template: string) => template.replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot]?.() ?? slot);
}

interface Recipe {
  label: Label;
  kind: 'post' | 'reply';
  hard: boolean;
  parts: (pick: Pick, s: Sector) => string[];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const RECIPES: Recipe[] = [
  { label: 'salesy', kind: 'post', hard: false, parts: (p) => [p(F.SELL_OPENERS), p(F.SELL_CTAS)] },
  { label: 'salesy', kind: 'post', hard: false, parts: (p) => [p(F.SELL_OPENERS)] },
  {
    label: 'salesy',
    kind: 'post',
    hard: true,
    parts: (p, s) => [`${p(F.HELP_OPENERS)} ${p(s.tips)}.`, p(F.SELL_OPENERS), p(F.SELL_CTAS)],
  },
  {
    label: 'salesy',
    kind: 'post',
    hard: true,
    parts: (p) => [p(F.CONV_OPENERS.slice(1, 2).concat(F.CONV_OPENERS.slice(3, 4))), p(F.SELL_OPENERS), p(F.SELL_CTAS)],
  },
  {
    label: 'salesy',
    kind: 'post',
    hard: true,
    parts: (p) => [`Who is ready for {product}?`, p(F.SELL_OPENERS), p(F.SELL_CTAS)],
  },
  {
    label: 'salesy',
    kind: 'post',
    hard: true,
    parts: (p, s) => [
      `${p(s.moments)}.`,
      p([
        'Order yours for the weekend: {url}',
        'Come taste the result, {pct} off today only.',
        'Book yours now before they sell out.',
      ]),
    ],
  },
  { label: 'salesy', kind: 'reply', hard: true, parts: (p) => [p(F.REPLY_SALES)] },
  { label: 'conversational', kind: 'post', hard: false, parts: (p) => [p(F.CONV_OPENERS), p(F.CONV_ASKS)] },
  { label: 'conversational', kind: 'post', hard: false, parts: (p, s) => [`${p(s.moments)}.`, p(F.CONV_ASKS)] },
  { label: 'conversational', kind: 'post', hard: false, parts: (p, s) => [`${p(s.moments)}.`] },
  {
    label: 'conversational',
    kind: 'post',
    hard: true,
    parts: (p) => [
      p([
        'Which {product} should we make next week?',
        'Settle a debate: {product} or {product}?',
        'What is your go-to order at {biz}?',
      ]),
      p(F.CONV_ASKS),
    ],
  },
  {
    label: 'conversational',
    kind: 'post',
    hard: true,
    parts: () => [
      'We are closed {day} so the team can spend time with their families.',
      'Wishing you all a restful break, see you soon!',
    ],
  },
  { label: 'conversational', kind: 'reply', hard: false, parts: (p) => [p(F.REPLY_CONV)] },
  {
    label: 'helpful',
    kind: 'post',
    hard: false,
    parts: (p, s) => [p(F.HELP_OPENERS), `${p(s.tips)}.`, p(F.HELP_CLOSERS)],
  },
  { label: 'helpful', kind: 'post', hard: false, parts: (p, s) => [`${p(s.tips)}.`] },
  { label: 'helpful', kind: 'post', hard: false, parts: (p) => [p(F.NOTICES)] },
  {
    label: 'helpful',
    kind: 'post',
    hard: true,
    parts: (p, s) => [`${p(F.HELP_OPENERS)} ${p(s.tips)}.`, '— the team at {biz}'],
  },
  {
    label: 'helpful',
    kind: 'post',
    hard: true,
    parts: (p, s) => [
      p(['Why does this matter?', 'Ever wondered why?', 'Is it worth it?']),
      `${p(s.tips)}.`,
      p(F.HELP_CLOSERS),
    ],
  },
  { label: 'helpful', kind: 'reply', hard: false, parts: (p) => [p(F.REPLY_HELPFUL)] },
];

/** LinkedIn style: hook line, blank lines, a short list. Facebook: an emoji. X: hashtags. */
function style(platform: Platform, parts: string[], s: Sector, pick: Pick, kind: string): string {
  const clean = parts.filter(Boolean).map((x) => cap(x.trim()));
  if (kind === 'reply') return clean.join(' ');
  if (platform === 'linkedin') return clean.join('\n\n');
  if (platform === 'facebook') return `${clean.join(' ')}${pick(['', ' 😊', ' ❤️', ' 🙌', ''])}`;
  return `${clean.join(' ')}${pick(['', '', ` ${pick(s.tags)}`, ` ${pick(s.tags)} ${pick(s.tags)}`])}`;
}

export function compose(count: number, seed = 20261124) {
  const random = mulberry32(seed);
  const pick: Pick = (list) => list[Math.floor(random() * list.length)] as (typeof list)[number];
  const seen = new Set<string>();
  const rows: object[] = [];
  for (let i = 0; rows.length < count && i < count * 20; i++) {
    const recipe = RECIPES[i % RECIPES.length] as Recipe;
    const sector = pick(SECTORS);
    const platform = pick<Platform>(['x', 'x', 'facebook', 'facebook', 'linkedin']);
    const fill = filler(sector, pick, random);
    const text = fill(style(platform, recipe.parts(pick, sector), sector, pick, recipe.kind));
    if (seen.has(text)) continue;
    seen.add(text);
    const id = `m-${String(rows.length + 1).padStart(4, '0')}`;
    rows.push({ id, text, label: recipe.label, platform, kind: recipe.kind, sector: sector.id, hard: recipe.hard });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = compose(Number(process.argv[2] ?? 900));
  writeFileSync(join(CORPUS_DIR, 'composed.jsonl'), `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  console.log(`wrote ${rows.length} composed posts to data/corpus/composed.jsonl`);
}
