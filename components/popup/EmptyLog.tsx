/** A new install: what Post Coach will do, and the one thing to do next. */
import { formatShare } from '@/lib/stats/ratio';
import { labelWord, SHARE_NAME } from '@/lib/words';

export function EmptyLog({ target }: { target: number }) {
  return (
    <section className="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">No posts logged yet</h2>
      <ol>
        <li>Open X, LinkedIn or Facebook and write a post as usual.</li>
        <li>
          A small badge beside the box says whether it reads {labelWord('salesy')}, {labelWord('conversational')} or
          {labelWord('helpful')}.
        </li>
        <li>Publish it: it shows up here, and your mix builds up week by week.</li>
      </ol>
      <p>
        Before your first post,{' '}
        <a href="/options.html#teach" target="_blank" rel="noreferrer" data-testid="teach-link">
          teach it your voice
        </a>
        : paste a few recent posts and say what each was.
      </p>
      <p>
        Your target: a {SHARE_NAME} of {formatShare(target)} or less, the part of your posts that are salesy. Change it
        in{' '}
        <a href="/options.html" target="_blank" rel="noreferrer">
          Settings
        </a>
        .
      </p>
    </section>
  );
}
