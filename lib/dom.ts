/**
 * Walking the page across shadow roots. Sites put composers inside open shadow roots (LinkedIn's
 * share box lives in one), where parentElement stops at the root and document-level queries see
 * only the host.
 */

/** The element's parent, or the shadow host when the element is at the top of a shadow root. */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root.host : null;
}

/** The document or shadow root that holds the element: hit-tests there see inside that root. */
export function treeOf(el: Element): Document | ShadowRoot {
  const root = el.getRootNode();
  return typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root : el.ownerDocument;
}

/** Where an event really started: inside a shadow root the document sees only the host. */
export function eventOrigin(event: Event): EventTarget | null {
  return event.composedPath?.()[0] ?? event.target;
}
