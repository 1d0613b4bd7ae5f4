/**
 * The owner's brand and product names, one per line. Saved as they type (after a short pause),
 * and again when the tab is hidden or closed: there is no Save button, as nowhere else on the page.
 */
import { useEffect, useRef, useState } from 'react';
import { MAX_BRAND_TERMS } from '@/lib/classifier/features';
import { plural } from '@/lib/plural';
import { MAX_STORED_TERMS } from '@/lib/storage/validate';

const SAVE_AFTER_MS = 400;

export const parseTerms = (value: string): string[] =>
  value
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean);

export function BrandTerms({ initial, onSave }: { initial: string[]; onSave: (terms: string[]) => unknown }) {
  const [count, setCount] = useState(initial.length);
  // Refs, not state: a save re-renders the page, and that must neither reset the timer nor save twice.
  const pending = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = useRef(onSave);
  save.current = onSave;

  const flush = useRef(() => {
    clearTimeout(timer.current);
    const value = pending.current;
    pending.current = undefined;
    if (value !== undefined) save.current(parseTerms(value));
  }).current;

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [flush]);

  const unused = count - MAX_BRAND_TERMS;
  return (
    <>
      <textarea
        rows={4}
        defaultValue={initial.join('\n')}
        aria-labelledby="brand-title"
        aria-describedby="brand-help"
        onChange={(e) => {
          pending.current = e.target.value;
          setCount(parseTerms(e.target.value).length);
          clearTimeout(timer.current);
          timer.current = setTimeout(flush, SAVE_AFTER_MS);
        }}
        onBlur={flush}
      />
      {unused > 0 ? (
        <p className="error" role="status" data-testid="brand-limit">
          Post Coach uses the first {MAX_BRAND_TERMS} names
          {count > MAX_STORED_TERMS
            ? ` and keeps the first ${MAX_STORED_TERMS.toLocaleString('en')}: the other ${count - MAX_STORED_TERMS} will not be saved.`
            : `. The other ${plural(unused, 'name is', 'names are')} kept here but not counted.`}{' '}
          Put the ones that matter most at the top.
        </p>
      ) : null}
    </>
  );
}
