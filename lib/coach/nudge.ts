/** One short suggestion from the draft's classification and the recent mix. */
import type { Classification } from '../classifier/types';
import { countMix, effectiveLabel, formatShare, inWindow, promoShare } from '../stats/ratio';
import type { PostRecord } from '../storage/schema';
import { NOT_SURE, SHARE_NAME } from '../words';
import type { Nudge } from './types';

/** "3 of your last 5 posts": how many recent posts the nudge looks back over. */
const LOOK_BACK = 5;

export function chooseNudge(
  result: Classification,
  posts: readonly PostRecord[],
  targetShare: number,
  now: number,
): Nudge {
  if (result.otherLanguage)
    return {
      tone: 'info',
      text: 'Post Coach reads English posts: this one looks like another language, so its label is only a guess.',
    };
  if (result.unsure) return { tone: 'info', text: `${NOT_SURE}: keep writing.` };
  if (result.label === 'salesy') return salesyNudge(posts, targetShare, now);
  if (result.label === 'helpful')
    return { tone: 'praise', text: 'Useful to your readers: posts like this build trust.' };
  return { tone: 'praise', text: 'Good for conversation: people like to answer.' };
}

function salesyNudge(posts: readonly PostRecord[], targetShare: number, now: number): Nudge {
  const recent = countMix(inWindow(posts, now));
  const projected = promoShare({ ...recent, total: recent.total + 1, salesy: recent.salesy + 1 });
  const target = formatShare(targetShare);
  if (projected <= targetShare) {
    return {
      tone: 'info',
      projectedShare: projected,
      text: `A salesy post now and then is fine: your ${SHARE_NAME} stays at ${formatShare(projected)} (target ${target}).`,
    };
  }
  if (recent.total < LOOK_BACK) {
    // With a handful of posts logged, any salesy post is "over target" (one of two is 50%): say what the
    // target means in posts instead of scolding a new owner with a percentage.
    const every = Math.round(1 / targetShare);
    return {
      tone: 'info',
      projectedShare: projected,
      text:
        every >= 2
          ? `This reads as salesy. Your ${target} target means about one salesy post in every ${every}: follow it with tips and questions.`
          : `This reads as salesy. Your ${target} target leaves room for it: mix in tips and questions too.`,
    };
  }
  const last = [...posts].sort((a, b) => b.publishedAt - a.publishedAt).slice(0, LOOK_BACK);
  const promos = last.filter((p) => effectiveLabel(p) === 'salesy').length;
  const history = `${promos} of your last ${last.length} posts ${promos === 1 ? 'was' : 'were'} salesy. `;
  return {
    tone: 'warn',
    projectedShare: projected,
    text: `${history}Posting this puts your ${SHARE_NAME} for the last 30 days at ${formatShare(projected)} (target ${target}). Share a tip or ask a question instead?`,
  };
}
