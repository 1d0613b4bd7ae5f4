/**
 * A deciding phrase's tooltip in words an owner reads, not the model's feature ids
 * ("end:cta", "v:cake"): what kind of phrase it is and which way it pushed.
 */
import type { Reason } from '@/lib/classifier/types';

const CUE_WORDS: Record<string, string> = {
  cta: 'a call to action',
  offer: 'an offer or deal',
  'promo-code': 'a promo code',
  urgency: 'urgency',
  launch: 'a launch or new arrival',
  'self-praise': 'praise of your own business',
  'own-event': 'your own event',
  hiring: 'a job ad',
  pitch: 'a pitch for your product or newsletter',
  thanks: 'thanks',
  greeting: 'a greeting or good wishes',
  sympathy: 'sympathy',
  dm: 'an invitation to message',
  'ask-audience': 'a question for your audience',
  community: 'community and people',
  personal: 'a personal story',
  'how-to': 'a tip or how-to',
  thread: 'a thread',
  explain: 'an explanation or facts',
  safety: 'a safety notice',
  news: 'news or an update',
  answer: 'an answer',
};

const SHAPE_WORDS: Record<string, string> = {
  imp: 'an instruction',
  'imp:commerce': 'a call to action',
  'imp:instruct': 'an instruction',
  'n:price': 'a price',
  'n:percent': 'a percentage',
  'n:url': 'a link',
  'n:question': 'a question',
  'n:exclaim': 'exclamation marks',
  'n:emoji': 'emoji',
  'n:hashtag': 'hashtags',
  'n:mention': 'a mention',
  'start:mention': 'a reply to someone',
  'start:question': 'an opening question',
  'end:question': 'a closing question',
  brand: 'one of your brand or product names',
};

function kindOf(feature: string): string {
  const shape = SHAPE_WORDS[feature];
  if (shape) return shape;
  const [prefix, rest = ''] = feature.split(/:(.*)/s);
  if (prefix === 'cue' || prefix === 'end') {
    const cue = CUE_WORDS[rest] ?? 'a telling phrase';
    return prefix === 'end' ? `${cue} near the end` : cue;
  }
  return 'the wording';
}

export function describeReason(reason: Pick<Reason, 'feature' | 'label'>): string {
  return `Reads as ${reason.label}: ${kindOf(reason.feature)}`;
}
