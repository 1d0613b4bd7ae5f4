/** One short suggestion from the draft's classification and the recent mix. */
import type { Classification } from '../classifier/types';
import { countMix, formatShare, inWindow, promoShare } from '../stats/ratio';
import type { PostRecord } from '../storage/schema';
import type { Nudge } from './types';

export function chooseNudge(
  result: Classification,
  posts: readonly PostRecord[],
  targetShare: number,
  now: number,
): Nudge {
  const recent = countMix(inWindow(posts, now));
  if (result.unsure) return { tone: 'info', text: 'Not sure yet: keep writing.' };
  if (result.label === 'salesy') {
    const projected = promoShare({ ...recent, total: recent.total + 1, salesy: recent.salesy + 1 });
    if (projected > targetShare) {
      return {
        tone: 'warn',
        projectedShare: projected,
        text: `Posting this would make ${formatShare(projected)} of your last 30 days promotional (target ${formatShare(targetShare)}). Share a tip or ask a question instead?`,
      };
    }
    return { tone: 'info', projectedShare: projected, text: 'An offer now and then is fine: your mix is on target.' };
  }
  if (result.label === 'helpful') return { tone: 'praise', text: 'Useful to your readers: this builds trust.' };
  return { tone: 'praise', text: 'Good for conversation: people like to answer.' };
}
