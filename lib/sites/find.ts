/**
 * DOM searches every adapter shares: editors by the adapter's selectors, the scope that holds an
 * editor and its publish control, and the control itself. All of them are read-only.
 */
import type { Composer, SiteAdapter } from './types';

/**
 * How far up from an editor to look for its publish control before giving up. X nests its Post
 * button about 12 levels from the editor; the walk also stops at the composer's edge (below).
 */
const MAX_SCOPE_DEPTH = 24;
const CONTROL_SELECTOR = 'button, [role="button"], input[type="submit"]';

export function findEditors(root: ParentNode, adapter: SiteAdapter): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const selector of [...adapter.editorSelectors, ...(adapter.looseEditorSelectors ?? [])]) {
    for (const el of root.querySelectorAll<HTMLElement>(selector)) {
      if (isEditable(el) && !adapter.ignoreSelectors.some((ignored) => el.matches(ignored))) found.add(el);
    }
  }
  // An editable inside another editable is part of the same editor: keep the outermost.
  return [...found].filter((el) => ![...found].some((other) => other !== el && other.contains(el)));
}

function isEditable(el: HTMLElement): boolean {
  // X's mobile layout writes posts in a plain <textarea> (lib/sites/x.ts).
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  const attr = el.getAttribute('contenteditable');
  return el.isContentEditable || (attr !== null && attr !== 'false');
}

/** The publish control for an editor: the nearest one found walking outward from it. */
export function findPublishControl(editor: HTMLElement, adapter: SiteAdapter): HTMLElement | undefined {
  let node: Element | null = editor.parentElement;
  for (let depth = 0; node && node !== editor.ownerDocument.body && depth < MAX_SCOPE_DEPTH; depth++) {
    const control = controlIn(node, editor, adapter);
    if (control) return control;
    // A dialog, form or feed item is the composer's outer edge: a Post button beyond it belongs
    // to another composer (a comment box must not borrow the page composer's button).
    if (node.matches(BOUNDARY_SELECTOR)) return undefined;
    node = node.parentElement;
  }
  return undefined;
}

const BOUNDARY_SELECTOR = 'form, [role="dialog"], [role="article"], article, dialog';

/**
 * "Save" and "Save changes" end an edit of something already published (LinkedIn reuses its share
 * box and comment box, button classes included, to edit a post or comment): never a new post.
 */
const SAVE_LABELS =
  /^(save|save changes|update|done|speichern|änderungen speichern|enregistrer|enregistrer les modifications|guardar|guardar cambios|salvar|salva|salva modifiche|opslaan|wijzigingen opslaan|zapisz|zapisz zmiany)$/i;

function controlIn(scope: Element, editor: HTMLElement, adapter: SiteAdapter): HTMLElement | undefined {
  for (const selector of adapter.publishSelectors) {
    const matches = [...scope.querySelectorAll<HTMLElement>(selector)].filter((el) => sameComposer(el, editor));
    if (matches.length === 0) continue;
    // A section that offers "Save changes" (beside Cancel) edits something already published.
    if (matches.some((el) => hasLabel(el, SAVE_LABELS))) return undefined;
    // A selector for a section of buttons (emoji, photo, Comment) means its labelled one.
    return matches.find((el) => isPublishLabel(el, adapter)) ?? (matches[0] as HTMLElement);
  }
  for (const el of scope.querySelectorAll<HTMLElement>(CONTROL_SELECTOR)) {
    if (isPublishLabel(el, adapter) && sameComposer(el, editor)) return el;
  }
  return undefined;
}

/**
 * A control inside a form, dialog or feed item that does not also hold the editor belongs to
 * another composer: a chat box beside a comment form must not claim the comment's Send button.
 */
function sameComposer(control: Element, editor: HTMLElement): boolean {
  const edge = control.closest(BOUNDARY_SELECTOR);
  return !edge || edge.contains(editor);
}

/** A greyed-out Post button (over the length limit, still uploading) publishes nothing. */
export function isDisabled(control: Element): boolean {
  return control.matches(':disabled') || control.closest('[aria-disabled="true"]') !== null;
}

/**
 * Whether a composer shows a post being sent: its publish control disabled, or a visible progress
 * bar or busy region inside it (X, LinkedIn and Facebook all show one while a post uploads).
 * Asked only after the owner activated Post, so a control disabled for an empty draft never counts.
 */
export function showsSending(composer: Composer, adapter: SiteAdapter): boolean {
  const control = findPublishControl(composer.editor, adapter);
  return (control !== undefined && isDisabled(control)) || showsProgress(composer.editor, composer.scope);
}

/** A visible progress bar or busy region in the dialog around `el` (or in `fallback`). */
export function showsProgress(el: Element, fallback: Element = el): boolean {
  const area = el.closest('[role="dialog"], dialog') ?? fallback;
  return [...area.querySelectorAll('[role="progressbar"], progress, [aria-busy="true"]')].some(
    (found) => found.getClientRects().length > 0,
  );
}

export function isPublishLabel(el: Element, adapter: SiteAdapter): boolean {
  return hasLabel(el, adapter.publishLabels);
}

export function hasLabel(el: Element, pattern: RegExp): boolean {
  const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  return label.length < 40 && pattern.test(label);
}

/** The button-like control a click or key landed on, if any. */
export function controlAt(target: Element): HTMLElement | null {
  return target.closest<HTMLElement>(CONTROL_SELECTOR);
}

/** A control that publishes for this site by its selectors or its label, wherever it sits. */
export function looksLikePublish(control: Element, adapter: SiteAdapter): boolean {
  if (hasLabel(control, SAVE_LABELS)) return false;
  return adapter.publishSelectors.some((selector) => control.matches(selector)) || isPublishLabel(control, adapter);
}

/** The document and the open shadow roots the adapter names: where composers can be. */
export function composerRoots(doc: Document, adapter: SiteAdapter): Array<Document | ShadowRoot> {
  const roots: Array<Document | ShadowRoot> = [doc];
  for (const selector of adapter.shadowHosts ?? []) {
    for (const host of doc.querySelectorAll(selector)) {
      if (host.shadowRoot && !roots.includes(host.shadowRoot)) roots.push(host.shadowRoot);
    }
  }
  return roots;
}

/** Find every composer under `root`; editors without a publish control nearby are left alone. */
export function findComposers(root: ParentNode, adapter: SiteAdapter): Composer[] {
  const composers: Composer[] = [];
  for (const editor of findEditors(root, adapter)) {
    const control = findPublishControl(editor, adapter);
    // A field only a loose selector found (a profile headline) is no composer without a control.
    if (!control && !adapter.editorSelectors.some((selector) => editor.matches(selector))) continue;
    // Without a control nearby a known composer's badge still coaches; publishing just cannot be seen.
    const scope = control
      ? commonAncestor(editor, control)
      : (editor.closest('[role="dialog"], form') ?? editor.parentElement);
    if (!scope) continue;
    composers.push({ editor, scope, kind: adapter.kindOf(editor, scope) });
  }
  return composers;
}

function commonAncestor(a: Element, b: Element): Element {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node ?? a.ownerDocument.body;
}
