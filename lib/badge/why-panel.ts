/**
 * What the badge's "why" panel says: the nudge, a note (no draft yet, an error), and the phrases
 * that decided the label with the reason for each; above them a one-line summary for when the card
 * has no room for all of it (./card-summary.ts). Every piece of draft text goes in as text.
 */
import type { Classification } from '../classifier/types';
import type { Nudge } from '../coach/types';
import { cardSummary } from './card-summary';
import { el } from './el';

/** A phrase longer than this is cut with an ellipsis: the panel is a card, not the draft. */
const MAX_PHRASE_CHARS = 60;

export function renderWhy(
  panel: HTMLElement,
  nudgeLine: HTMLElement,
  reasons: Classification['reasons'],
  nudge?: Nudge,
  note?: string,
): void {
  fillPanel(panel, nudgeLine, reasons, nudge, note);
  const summary = el('p', 'summary-line', cardSummary(reasons, nudge, note));
  // Shown only when the card has no room; a screen reader hears the whole card instead.
  summary.setAttribute('aria-hidden', 'true');
  summary.title = reasons.map((reason) => `${reason.text}: ${reason.message}`).join('\n');
  panel.prepend(summary);
}

function fillPanel(
  panel: HTMLElement,
  nudgeLine: HTMLElement,
  reasons: Classification['reasons'],
  nudge?: Nudge,
  note?: string,
): void {
  nudgeLine.textContent = nudge?.text ?? '';
  nudgeLine.className = `nudge ${nudge?.tone ?? ''}`;
  nudgeLine.hidden = !nudge;
  panel.replaceChildren(nudgeLine);
  if (note) panel.append(el('p', 'nudge', note));
  if (reasons.length === 0) {
    if (!note) panel.append(el('p', 'why-title', 'No single phrase decided it: the draft as a whole did.'));
    return;
  }
  panel.append(el('p', 'why-title', 'Why'));
  const list = el('ul', 'phrases');
  for (const reason of reasons) {
    const item = el('li');
    const text = reason.text.length > MAX_PHRASE_CHARS ? `${reason.text.slice(0, MAX_PHRASE_CHARS - 3)}…` : reason.text;
    const phrase = el('span', 'phrase', text);
    // A phrase in a right-to-left script reads in its own direction inside the English panel.
    phrase.dir = 'auto';
    phrase.dataset.label = reason.label;
    item.append(phrase, el('span', 'why', reason.message));
    list.append(item);
  }
  panel.append(list);
}
