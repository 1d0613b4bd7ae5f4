/**
 * Brand and product names Post Coach noticed in the posts the owner marked salesy (answers,
 * corrections, taught posts), each added with one tap. The owner decides; nothing is added alone.
 */
import type { Label } from '@/lib/classifier/types';
import { suggestBrandTerms } from '@/lib/personal/brand-terms';
import type { PostRecord } from '@/lib/storage/schema';

/** Logged posts the owner said were salesy, as text: only their kept excerpts (none if excerpts are off). */
export function ownerMarkedSalesy(posts: readonly PostRecord[]): { text: string; label: Label }[] {
  return posts.flatMap((p) => {
    const saidSalesy =
      p.correctedLabel === 'salesy' || (p.call === 'answered' && p.label === 'salesy' && !p.correctedLabel);
    return saidSalesy && p.excerpt ? [{ text: p.excerpt, label: 'salesy' as const }] : [];
  });
}

export function BrandSuggestions({
  posts,
  existing,
  onAccept,
}: {
  posts: { text: string; label: Label }[];
  existing: readonly string[];
  onAccept(term: string): void;
}) {
  const terms = suggestBrandTerms(posts, existing);
  if (terms.length === 0) return null;
  return (
    <div className="suggestions" data-testid="brand-suggestions">
      <p>From the posts you marked salesy, these look like your names. Tap one to add it:</p>
      <ul>
        {terms.map((term) => (
          <li key={term}>
            <button type="button" data-testid="brand-suggestion" onClick={() => onAccept(term)}>
              + {term}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
