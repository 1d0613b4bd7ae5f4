/**
 * The badge's question before a salesy post goes out (the opt-in "ask before salesy"): "Post
 * anyway" or "Keep editing", answered once. The badge places the box beside the draft.
 */
import { el } from './el';

export class AskBox {
  readonly element: HTMLDivElement;
  private onAnswer?: (post: boolean) => void;

  constructor() {
    this.element = el('div', 'confirm');
    this.element.hidden = true;
    this.element.setAttribute('role', 'alertdialog');
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  /** Show the question; a new question replaces one left unanswered. */
  ask(message: string, onAnswer: (post: boolean) => void): void {
    this.onAnswer = onAnswer;
    this.element.replaceChildren();
    const post = el('button', 'primary', 'Post anyway');
    const keep = el('button', '', 'Keep editing');
    post.type = keep.type = 'button';
    post.addEventListener('click', () => this.answer(true));
    keep.addEventListener('click', () => this.answer(false));
    this.element.append(el('p', '', message), post, keep);
    this.element.hidden = false;
  }

  private answer(post: boolean): void {
    this.element.hidden = true;
    const callback = this.onAnswer;
    this.onAnswer = undefined;
    callback?.(post);
  }
}
