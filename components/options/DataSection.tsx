/** Your data: export as CSV or JSON, import JSON (validated), delete everything (confirmed). */
import { useEffect, useRef, useState } from 'react';
import { send } from '@/lib/messages';
import { plural } from '@/lib/plural';
import type { StorageArea } from '@/lib/storage/area';
import { exportCsv, exportJson } from '@/lib/storage/export';
import { type ImportPhase, MAX_IMPORT_BYTES, runImport } from '@/lib/storage/import-run';
import { readSettings, readState } from '@/lib/storage/read';
import { KEYS, NEWER_LOG_EXPORT } from '@/lib/storage/schema';
import { DataProgress } from './DataProgress';

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function DataSection({ area }: { area: StorageArea }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [confirming, setConfirming] = useState(false);
  const [restoreSettings, setRestoreSettings] = useState(false);
  // A task under way (import or delete): shown with its progress; the data buttons wait for it.
  const [busy, setBusy] = useState<ImportPhase>();
  // Keyboard users land on Cancel (the safe answer) when the question opens, and back on the
  // button that asked it when it closes.
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) openerRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const closeConfirm = () => setConfirming(false);
  const stamp = new Date().toISOString().slice(0, 10);

  const exportAs = async (kind: 'json' | 'csv') => {
    setMessage(undefined);
    try {
      const state = await readState(area);
      // A newer version's log would be exported as if it were this version's: refuse, change nothing.
      if (state.fromNewerVersion) return setMessage({ ok: false, text: NEWER_LOG_EXPORT });
      // What Post Coach learned travels with the log (as stored; the importing side validates it).
      const personal = (await area.get(KEYS.personal))[KEYS.personal];
      const extra = personal === undefined ? {} : { personal };
      if (kind === 'json')
        download(`post-coach-${stamp}.json`, 'application/json', exportJson(state, Date.now(), extra));
      else download(`post-coach-${stamp}.csv`, 'text/csv', exportCsv(state));
    } catch (error) {
      // Reading storage (or making the file) failed: nothing was changed, and the owner is told.
      setMessage({
        ok: false,
        text: `The export stopped, so no file was saved: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
      });
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file || busy) return;
    setMessage(undefined);
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({
        ok: false,
        text: 'That file is over 256 MB, too large to be a Post Coach export, so nothing was imported.',
      });
      return;
    }
    setBusy({ phase: 'reading' });
    try {
      const data = await parseFile(file);
      if (data === undefined) {
        setMessage({ ok: false, text: 'This file is not valid JSON, so nothing was imported.' });
        return;
      }
      setMessage(
        await runImport(data, restoreSettings, {
          send,
          currentSettings: () => readSettings(area),
          loggedIds: async () => new Set((await readState(area)).posts.map((p) => p.id)),
          onProgress: setBusy,
        }),
      );
    } catch (error) {
      // Storage itself failed (the browser's, not the file's fault): say so rather than go quiet.
      setMessage({ ok: false, text: `The import stopped: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(undefined);
    }
  };

  const clear = async () => {
    setConfirming(false);
    setMessage(undefined);
    setBusy({ phase: 'deleting' });
    const reply = await send({ kind: 'clear-log' });
    setBusy(undefined);
    setMessage(
      reply.ok
        ? { ok: true, text: `Deleted ${plural(reply.value.removed, 'post', 'posts')}. Your settings are unchanged.` }
        : { ok: false, text: reply.error },
    );
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p>Everything stays in this browser. Take a copy, bring one back, or delete it all.</p>
      <div className="row">
        <button type="button" onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" onClick={() => void exportAs('json')}>
          Export JSON
        </button>
        <label className="file">
          Import JSON
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            disabled={busy !== undefined}
            onChange={(e) => {
              void importFile(e.target.files?.[0]);
              // Let the owner pick the same file again (e.g. after fixing it).
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <label className="choice">
        <input
          type="checkbox"
          data-testid="import-settings"
          checked={restoreSettings}
          onChange={(e) => setRestoreSettings(e.target.checked)}
        />
        Replace my settings with the file’s (target, sites, brand names, switches) when I import
      </label>
      {busy ? <DataProgress phase={busy} /> : null}
      {confirming ? (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="confirm-text"
          onKeyDown={(e) => {
            if (e.key === 'Escape') closeConfirm();
          }}
        >
          <p id="confirm-text">
            Delete every logged post and every set-aside record from this browser? Your settings stay. This cannot be
            undone; export first if you want a copy.
          </p>
          <button type="button" className="danger" onClick={() => void clear()}>
            Yes, delete everything
          </button>
          <button type="button" ref={cancelRef} onClick={closeConfirm}>
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="danger"
          ref={openerRef}
          disabled={busy !== undefined}
          onClick={() => setConfirming(true)}
        >
          Delete everything…
        </button>
      )}
      {message ? (
        <p className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'} data-testid="data-message">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

/** The file's JSON, or undefined when it is not JSON. Parsing waits a frame so "Reading" shows first. */
async function parseFile(file: File): Promise<unknown> {
  const text = await file.text();
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
