/**
 * A small tokenizer that keeps every token's character span in the original text, so any feature
 * built on tokens can be explained as a span. Links, mentions, hashtags, prices and emoji become
 * their own token kinds; words are lowercased and curly apostrophes straightened.
 */

export interface Token {
  /** Normalised form used by the model: a lowercase word or a kind marker such as "<url>". */
  norm: string;
  start: number;
  end: number;
  kind: 'word' | 'url' | 'mention' | 'hashtag' | 'price' | 'percent' | 'number' | 'emoji' | 'punct';
}

const TOKEN_RE = new RegExp(
  [
    String.raw`(?<url>https?:\/\/\S+|www\.\S+|\b[\w-]+\.(?:com|co|org|net|ly|io|shop|store|biz|info|app)(?:\/\S*)?)`,
    String.raw`(?<mention>@\w+)`,
    String.raw`(?<hashtag>#[\p{L}\p{N}_]+)`,
    String.raw`(?<price>[$£€¥₹]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?(?:usd|eur|gbp|dollars|euros|pounds|bucks)\b)`,
    String.raw`(?<percent>\d+(?:\.\d+)?\s?%)`,
    String.raw`(?<number>\d[\d,:.]*(?:st|nd|rd|th|am|pm|k)?)`,
    String.raw`(?<word>[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*)`,
    String.raw`(?<emoji>\p{Extended_Pictographic})`,
    String.raw`(?<punct>[?!])`,
  ].join('|'),
  'giu',
);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_RE)) {
    const groups = match.groups ?? {};
    const kind = (Object.keys(groups) as Token['kind'][]).find((k) => groups[k] !== undefined) ?? 'word';
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    tokens.push({ kind, start, end, norm: normalise(kind, raw) });
  }
  return tokens;
}

function normalise(kind: Token['kind'], raw: string): string {
  switch (kind) {
    case 'word':
      return raw.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    case 'hashtag':
      return `#${raw.slice(1).toLowerCase()}`;
    case 'punct':
    case 'emoji':
      return raw;
    default:
      return `<${kind}>`;
  }
}
