/** What a long data task is doing: an import's phases with a count, or deleting. */
import type { ImportPhase } from '@/lib/storage/import-run';

const n = (x: number) => x.toLocaleString('en');

function describe(phase: ImportPhase): string {
  switch (phase.phase) {
    case 'reading':
      return 'Reading the file…';
    case 'settings':
      return 'Restoring settings…';
    case 'importing':
      return `Importing… ${n(phase.done)} of ${n(phase.total)} posts`;
    case 'deleting':
      return 'Deleting everything…';
  }
}

export function DataProgress({ phase }: { phase: ImportPhase }) {
  const text = describe(phase);
  return (
    <div className="progress" data-testid="data-progress" role="status">
      {/* A count where there is one; otherwise the bar moves without a value. */}
      {phase.phase === 'importing' ? (
        <progress max={Math.max(phase.total, 1)} value={phase.done} aria-label={text} />
      ) : (
        <progress aria-label={text} />
      )}
      <span>{text}</span>
    </div>
  );
}
