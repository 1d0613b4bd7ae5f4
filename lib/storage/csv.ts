/**
 * CSV cells that a spreadsheet shows as text in every dialect: comma (en), semicolon (most of
 * Europe) and tab. A cell is quoted when it holds any of those separators, a quote or a line break,
 * so no dialect splits it. A formula trigger (= + - @, tab, CR) at the start of the cell, or right
 * after a separator or a quote inside it (optionally after spaces), gets an apostrophe in front: a
 * spreadsheet that ignores the quotes, splits on another separator, or reads `""=` after a
 * separator as an empty quoted string and then the rest, still never starts a cell with a formula.
 */

/** Characters after which some reader, in some dialect, may start a new cell. */
const CELL_BOUNDARIES = new Set([',', ';', '\t', '\r', '\n', '"']);
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);
const NEEDS_QUOTES = /[,;\t\r\n"]/;

/** The text with an apostrophe before every trigger that would start a cell in some dialect. */
export function defuseFormulas(text: string): string {
  let out = '';
  let cellStart = true;
  for (const ch of text) {
    if (cellStart && TRIGGERS.has(ch)) out += "'";
    out += ch;
    cellStart = CELL_BOUNDARIES.has(ch) || (cellStart && ch === ' ');
  }
  return out;
}

export function csvCell(value: unknown): string {
  const text = defuseFormulas(value === undefined || value === null ? '' : String(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (values: readonly unknown[]) => values.map(csvCell).join(',');
