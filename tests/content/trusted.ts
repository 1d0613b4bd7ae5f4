/**
 * happy-dom has no Event.isTrusted. In a browser the owner's own clicks and keys are trusted and
 * the events a script makes (element.click(), dispatchEvent) are not; the controller counts only
 * the former. Here an event a test dispatches stands for the owner's (use `ownerClick` for a
 * click) unless it is marked as a script's with `byPageScript`; element.click() is a script's,
 * as in a browser.
 */
import { afterAll, beforeAll } from 'vitest';

const fromPageScript = new WeakSet<Event>();

export function ownerEventsAreTrusted(): void {
  const click = HTMLElement.prototype.click;
  beforeAll(() => {
    HTMLElement.prototype.click = function (this: HTMLElement) {
      this.dispatchEvent(byPageScript(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
    };
    Object.defineProperty(Event.prototype, 'isTrusted', {
      configurable: true,
      get(this: Event) {
        return !fromPageScript.has(this);
      },
    });
  });
  afterAll(() => {
    HTMLElement.prototype.click = click;
    Reflect.deleteProperty(Event.prototype, 'isTrusted');
  });
}

export function byPageScript<T extends Event>(event: T): T {
  fromPageScript.add(event);
  return event;
}

/** The owner clicks the element (a trusted click). */
export function ownerClick(element: Element): void {
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
}
