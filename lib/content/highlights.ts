/**
 * Marks the deciding phrases inside the owner's own editor with the CSS Custom Highlight API: it
 * paints ranges without touching the editor's DOM, so Draft.js, Quill and Lexical never see a
 * change. Where the API is missing (older Firefox) nothing is painted and the badge's "why" list
 * is the fallback.
 */
import { HIGHLIGHT_CSS } from '../badge/styles';
import type { Label } from '../classifier/types';
import { LABELS } from '../classifier/types';
import { treeOf } from '../dom';
import type { ClassifyReply } from '../messages';
import { type DraftText, spanToRanges } from '../sites/read-text';

const STYLE_ID = 'post-coach-highlight-style';

export const highlightsSupported = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** All composers' ranges, so one composer's update does not wipe another's marks. */
const rangesBySession = new Map<string, Map<Label, Range[]>>();

export function setHighlights(
  sessionId: string,
  ranges: Map<Label, Range[]> | undefined,
  tree: Document | ShadowRoot = document,
) {
  if (!highlightsSupported()) return;
  if (ranges && ranges.size > 0) rangesBySession.set(sessionId, ranges);
  else rangesBySession.delete(sessionId);
  ensureStyle(tree);
  for (const label of LABELS) {
    const all = [...rangesBySession.values()].flatMap((byLabel) => byLabel.get(label) ?? []);
    const name = `post-coach-${label}`;
    if (all.length === 0) CSS.highlights.delete(name);
    else CSS.highlights.set(name, new Highlight(...all));
  }
}

/**
 * The ::highlight() rules must be in the editor's own tree: page styles do not reach into a
 * site's shadow root, so an editor there gets its own copy.
 */
function ensureStyle(tree: Document | ShadowRoot) {
  if (tree.getElementById(STYLE_ID)) return;
  const doc = tree instanceof Document ? tree : tree.ownerDocument;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = HIGHLIGHT_CSS;
  if (tree instanceof Document) (tree.head ?? tree.documentElement).append(style);
  else tree.append(style);
}

/**
 * Paint the reasons for the draft's label (only those: the other label's cues would muddle the
 * marks) as ranges in the owner's editor; an unsure result or highlights switched off clears them.
 */
export function paintReasons(
  sessionId: string,
  draft: DraftText,
  reply: ClassifyReply,
  editor: HTMLElement,
  highlightsOn: boolean,
): void {
  if (!highlightsOn || reply.result.unsure) {
    setHighlights(sessionId, undefined);
    return;
  }
  const byLabel = new Map<Label, Range[]>();
  for (const reason of reply.result.reasons) {
    if (reason.label !== reply.result.label) continue;
    const ranges = spanToRanges(draft, reason.start, reason.end, editor.ownerDocument);
    byLabel.set(reason.label, [...(byLabel.get(reason.label) ?? []), ...ranges]);
  }
  setHighlights(sessionId, byLabel, treeOf(editor));
}
