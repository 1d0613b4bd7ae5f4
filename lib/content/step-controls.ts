/**
 * Multi-step composers (Facebook Page: Next, then the post's settings, then Post): which control
 * is "Next" and which is the later step's Post is the site's to say (../sites/find.ts); what they
 * carry is the hand-off's rule (../publish/handoff.ts). This turns the page's clicks and changes
 * into the hand-off's inputs.
 */
import type { ComposerKind } from '../messages';
import { HANDOFF_KEY, Handoff, type HandoffEffects } from '../publish/handoff';
import { controlAt, hasLabel, isDisabled, looksLikePublish, showsProgress } from '../sites/find';
import type { Composer, SiteAdapter } from '../sites/types';

/** A composer on the page and its draft as it reads now. */
export interface StepDraft {
  readonly composer: Composer;
  readonly text: string;
}

export interface StepEffects {
  publish: HandoffEffects['publish'];
  /** A publish is under way (the post) or no longer is (undefined), under its key. */
  underWay?(key: string, post: { text: string; composer: ComposerKind } | undefined): void;
}

const inDialog = (editor: HTMLElement) => editor.closest('[role="dialog"]');

export class StepControls {
  /** A draft carried past "Next" in a multi-step composer. */
  private readonly handoff: Handoff<HTMLElement>;

  constructor(
    private readonly adapter: SiteAdapter,
    effects: StepEffects,
    now: () => number,
  ) {
    this.handoff = new Handoff<HTMLElement>(
      { gone: (control) => !control.isConnected, sending: (control) => isDisabled(control) || showsProgress(control) },
      { underWay: (post) => effects.underWay?.(HANDOFF_KEY, post), publish: (post) => effects.publish(post) },
      now,
    );
  }

  /** The owner clicked outside every composer's editor and publish control. */
  clicked(target: Element, drafts: readonly StepDraft[]): void {
    const control = controlAt(target);
    if (!control || isDisabled(control)) return;
    if (this.adapter.continueLabels && hasLabel(control, this.adapter.continueLabels)) {
      const owner = drafts.find((draft) => inDialog(draft.composer.editor)?.contains(control));
      if (owner) this.handoff.next(owner.text, owner.composer.kind);
      return;
    }
    if (this.handoff.state && looksLikePublish(control, this.adapter)) this.handoff.post(control);
  }

  /** The page changed: a step's Post that went away published its carried draft. */
  pageChanged(): void {
    this.handoff.check();
  }

  /** A composer appeared: one in a dialog is the owner going back to the step with the editor. */
  composerAppeared(editor: HTMLElement): void {
    if (inDialog(editor)) this.handoff.editorReturned();
  }

  /** The page is going away (../publish/handoff.ts says what counts then). */
  pageHide(): void {
    this.handoff.pageHide();
  }
}
