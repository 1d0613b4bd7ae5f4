/**
 * Keeps keystroke work cheap (Harper's lesson): one debounce per editor, at most one request in
 * flight, and a small LRU of recent answers keyed by text, so undo or retyping costs nothing.
 */
import type { ClassifyReply, Result } from '../messages';

export const DEBOUNCE_MS = 120;
const CACHE_SIZE = 32;

type Classify = (text: string) => Promise<Result<ClassifyReply>>;
type Deliver = (text: string, reply: Result<ClassifyReply>) => void;

export class ClassifyQueue {
  private readonly cache = new Map<string, Result<ClassifyReply>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;
  private wanted: string | undefined;

  constructor(
    private readonly classify: Classify,
    private readonly deliver: Deliver,
    private readonly delayMs = DEBOUNCE_MS,
  ) {}

  /** The draft now reads `text`: answer from cache at once, or ask after the debounce. */
  request(text: string): void {
    this.wanted = text;
    clearTimeout(this.timer);
    this.timer = undefined;
    const cached = this.cache.get(text);
    if (cached) {
      this.deliver(text, cached);
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.delayMs);
  }

  /** Forget cached answers (the settings or the log changed, so the nudge may differ). */
  invalidate(): void {
    this.cache.clear();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.wanted = undefined;
  }

  private async flush(): Promise<void> {
    const text = this.wanted;
    if (text === undefined || this.inFlight) return;
    this.inFlight = true;
    try {
      const reply = await this.classify(text);
      if (reply.ok) this.remember(text, reply);
      if (this.wanted === text) this.deliver(text, reply);
    } finally {
      this.inFlight = false;
    }
    // The draft changed while we waited and its debounce already ran out: ask for the newest text.
    const next = this.wanted;
    if (next === undefined || next === text || this.timer !== undefined) return;
    const cached = this.cache.get(next);
    if (cached) this.deliver(next, cached);
    else void this.flush();
  }

  private remember(text: string, reply: Result<ClassifyReply>) {
    this.cache.delete(text);
    this.cache.set(text, reply);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
  }
}
