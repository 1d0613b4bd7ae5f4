/**
 * What Post Coach learned from the owner: how many answers, a notice when an update reset or
 * re-keyed it, and "Forget what Post Coach learned" (confirmed first). The page only reads
 * storage; forgetting is a request to the background, the one writer.
 */
import { useEffect, useRef, useState } from 'react';
import { send } from '@/lib/messages';
import { plural } from '@/lib/plural';
import type { StorageArea } from '@/lib/storage/area';
import { type LearnedView, readLearned } from '@/lib/storage/learned';

export function Learned({ area }: { area: StorageArea }) {
  const [shown, setShown] = useState<LearnedView>();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const load = () =>
      void readLearned(area)
        .then(setShown)
        .catch((error) => setMessage({ ok: false, text: `Could not read what Post Coach learned: ${String(error)}` }));
    load();
    browser.storage.onChanged.addListener(load);
    return () => browser.storage.onChanged.removeListener(load);
  }, [area]);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const forget = async () => {
    setConfirming(false);
    const reply = await send({ kind: 'forget-learning' });
    setMessage(
      reply.ok
        ? { ok: true, text: 'Post Coach forgot what it learned from you. Your posts and settings are unchanged.' }
        : { ok: false, text: reply.error },
    );
  };

  return (
    <section aria-labelledby="learned-title">
      <h2 id="learned-title">What Post Coach learned from you</h2>
      {shown?.notice ? (
        <p className="notice" role="status" data-testid="personal-notice">
          {shown.notice}
        </p>
      ) : null}
      <p data-testid="learned-count">
        {shown === undefined
          ? 'Reading…'
          : shown.answers === 0
            ? 'Nothing yet: answer the questions in the popup, or teach it your voice above.'
            : `It has learned from ${plural(shown.answers, 'answer', 'answers')} and corrections, on this device only.`}
      </p>
      {confirming ? (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="forget-text"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setConfirming(false);
          }}
        >
          <p id="forget-text">
            Forget everything Post Coach learned from your answers, corrections and taught posts? It will judge your
            drafts as it did when installed, and ask about your next few posts again. Your log stays.
          </p>
          <button type="button" className="danger" onClick={() => void forget()}>
            Yes, forget it
          </button>
          <button type="button" ref={cancelRef} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Forget what Post Coach learned…
        </button>
      )}
      {message ? (
        <p className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'} data-testid="learned-message">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
