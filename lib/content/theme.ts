import { composedParent } from '../dom';

/** Whether the page around an element is dark: the sites have their own theme switches. */
export function isDarkAround(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  for (let node: Element | null = el; node; node = composedParent(node)) {
    const rgba = view
      .getComputedStyle(node)
      .backgroundColor.match(/[\d.]+/g)
      ?.map(Number);
    if (!rgba || rgba.length < 3) continue;
    const [r = 0, g = 0, b = 0, a = 1] = rgba;
    if (a < 0.5) continue;
    // Relative luminance, rough: dark when below the middle grey.
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.45;
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
