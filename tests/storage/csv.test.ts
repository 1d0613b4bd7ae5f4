/**
 * The CSV writer: every cell reads back as written (with its defusing apostrophes) in the comma
 * dialect, and no cell starts a formula in the comma, semicolon or tab dialect, whether the reader
 * honours quotes or splits the line naively.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvCell, csvRow, defuseFormulas } from '@/lib/storage/csv';
import { exportCsv } from '@/lib/storage/export';
import { DEFAULT_SETTINGS, type PostRecord } from '@/lib/storage/schema';

const DIALECTS = [',', ';', '\t'] as const;
/** What a spreadsheet runs as a formula: a trigger at the start of a cell, after any spaces. */
const startsFormula = (cell: string) => /^ *[=+\-@\t\r]/.test(cell);

/** A reader that honours quotes (RFC 4180: a quote opens a field only at its start). */
function parseQuoted(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i <= text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
        cell += text[i];
        i += text[i] === '"' ? 2 : 1;
      }
      i++;
    }
    while (i < text.length && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') cell += text[i++];
    row.push(cell);
    if (i >= text.length || text[i] !== separator) {
      rows.push(row);
      row = [];
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
    }
    i++;
  }
  return rows;
}

/** A reader that ignores quotes: splits on the separator and on line breaks, drops one opening quote. */
const splitNaively = (text: string, separator: string) =>
  text.split(new RegExp(`[${separator === '\t' ? '\\t' : separator}\\r\\n]`)).map((cell) => cell.replace(/^"/, ''));

/** Strings heavy in the characters that matter here. */
const risky = fc.string({
  unit: fc.oneof(
    fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', ';', '"', ' ', "'"),
    fc.string({ maxLength: 1 }),
  ),
  maxLength: 30,
});

describe('csvCell', () => {
  test.each([
    ["ok;=cmd|' /C calc'!A0", `"ok;'=cmd|' /C calc'!A0"`],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a, -1', `"a, '-1"`],
    ['tab\there', '"tab\there"'],
    ['a\t=1', `"a\t'=1"`],
    ['@sum', "'@sum"],
    ['plain words', 'plain words'],
    ['line\n+1', `"line\n'+1"`],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  test('reads back exactly (defused) in the comma dialect', () => {
    fc.assert(
      fc.property(fc.array(risky, { minLength: 1, maxLength: 6 }), (cells) => {
        const [row] = parseQuoted(csvRow(cells), ',');
        expect(row).toEqual(cells.map(defuseFormulas));
      }),
    );
  });

  test.each(DIALECTS.map((d) => [JSON.stringify(d), d]))(
    'no cell starts a formula in the %s dialect, quoted or naive',
    (_name, separator) => {
      fc.assert(
        fc.property(fc.array(risky, { minLength: 1, maxLength: 6 }), (cells) => {
          const line = csvRow(cells);
          for (const row of parseQuoted(line, separator))
            for (const cell of row) expect(startsFormula(cell)).toBe(false);
          for (const cell of splitNaively(line, separator)) expect(startsFormula(cell)).toBe(false);
        }),
        { numRuns: 500 },
      );
    },
  );

  test('defusing only adds apostrophes', () => {
    fc.assert(
      fc.property(risky, (text) => {
        expect(defuseFormulas(text).replace(/'/g, '')).toBe(text.replace(/'/g, ''));
      }),
    );
  });
});

describe('exportCsv', () => {
  test('a whole export has ten columns per row and no formula in any dialect', () => {
    const post = (excerpt: string, id: string): PostRecord => ({
      id,
      publishedAt: 1_764_000_000_000,
      platform: 'linkedin',
      composer: 'comment',
      label: 'helpful',
      confidence: 0.5,
      chars: excerpt.length,
      excerpt,
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(risky, risky), { maxLength: 8 }), (rows) => {
        const csv = exportCsv({
          settings: DEFAULT_SETTINGS,
          posts: rows.map(([e, id]) => post(e, id || 'x')),
          quarantine: [],
        });
        const parsed = parseQuoted(csv.replace(/\r\n$/, ''), ',');
        expect(parsed).toHaveLength(rows.length + 1);
        for (const row of parsed) expect(row).toHaveLength(10);
        for (const separator of DIALECTS)
          for (const cell of splitNaively(csv, separator)) expect(startsFormula(cell)).toBe(false);
      }),
    );
  });
});
