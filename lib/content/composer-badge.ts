/**
 * A composer's badge beside its editor: mounted next to it (../badge/mount.ts), told what its
 * "why" card must keep clear of, in the site's theme around the editor, and quiet (only its dot)
 * while the box is empty and nobody is writing in it.
 */
import type { Badge } from '../badge/badge';
import { mountNextTo } from '../badge/mount';
import type { Composer } from '../sites/types';
import { isDarkAround } from './theme';

export interface BadgeSurroundings {
  /** The composer's Post button as found now: the badge's card never covers it. */
  publishControl?(composer: Composer): Element | undefined;
  /** The site lets the why card go beside the composer's dialog (SiteAdapter.cardBesideDialog). */
  cardBesideDialog?: boolean;
}

export function setUpBeside(badge: Badge, composer: Composer, around: BadgeSurroundings): void {
  mountNextTo(badge.host, composer.editor);
  // A feed's comment box sits under the post it answers: its chip goes below it, not over the post.
  badge.beside(
    {
      editor: composer.editor,
      keep: () => {
        const post = around.publishControl?.(composer);
        return post ? [post] : [];
      },
      besideDialog: around.cardBesideDialog ?? false,
    },
    composer.kind === 'comment',
  );
  badge.setTheme(isDarkAround(composer.editor));
}

/**
 * An empty box nobody is writing in (Badge.setQuiet): a Facebook feed has a comment box under
 * every post, and a row of "start typing" chips would sit over what the owner reads.
 */
export function emptyAndIdle(editor: HTMLElement, draftText: string): boolean {
  // The editor's own root: inside a shadow root (LinkedIn's share box) the document only sees the host.
  const active = (editor.getRootNode() as Document | ShadowRoot).activeElement;
  return draftText.trim() === '' && !(active && editor.contains(active));
}
