/** "Saved." confirms a change and then fades; an error stays until the next change replaces it. */
import { useEffect, useState } from 'react';

/** Long enough to read "Saved." after the click, short enough not to linger over the page. */
export const SAVED_FADES_AFTER_MS = 2_500;

export interface Note {
  ok: boolean;
  text: string;
}

export function SaveNote({ note }: { note?: Note }) {
  const [faded, setFaded] = useState(false);
  useEffect(() => {
    // Every save makes a new note object, so a second "Saved." shows again and fades again.
    setFaded(false);
    if (!note?.ok) return;
    const timer = setTimeout(() => setFaded(true), SAVED_FADES_AFTER_MS);
    return () => clearTimeout(timer);
  }, [note]);
  if (!note) return null;
  return (
    <p
      className={`note ${note.ok ? 'ok' : 'error'}${faded ? ' faded' : ''}`}
      role={note.ok ? 'status' : 'alert'}
      data-testid="save-note"
    >
      {note.text}
    </p>
  );
}
