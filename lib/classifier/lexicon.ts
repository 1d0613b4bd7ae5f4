/**
 * Rules as data (compromise's lesson): each cue is a small readable pattern with an id and the
 * words that tell the owner why it matters. The cue itself takes no side; the trained model
 * decides how much each one pushes toward which label, and the ids come back as the `feature` of
 * an explanation, its `why` as the reason's message (./explain.ts).
 */

export interface Cue {
  id: string;
  /** What the phrase does, as the badge says it beside the phrase: "a discount code". */
  why: string;
  pattern: RegExp;
}

const words = (list: string) => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${list})(?![\p{L}\p{N}])`, 'giu');

export const CUES: readonly Cue[] = [
  // Selling: calls to action, offers, urgency, launches, self-praise, own events and jobs.
  {
    id: 'cta',
    why: 'a call to buy, book or visit',
    pattern: words(
      String.raw`order(?:ing)? (?:now|online|today|yours|ahead)|buy(?: now| today| yours| one)?|shop(?: now| online| today| the| our)|purchase|book (?:now|today|yours|your|a|an|online)|reserve (?:your|a|now)|grab (?:yours|one|your|a)|get (?:yours|your (?:tickets?|copy|free|order)|a (?:free )?quote|started today|\d+% off)|pick (?:one|yours) up|pre-?order|sign up|register (?:now|today|here)|enrol(?:l)?|claim (?:your|yours)|redeem|request a quote|call (?:us|now|today)|visit (?:us|our|the shop|the store)|stop by|swing by|come (?:in|by|visit)|head (?:over|in) to|tap the link|click (?:the link|here|below)|link in (?:bio|profile|comments)|dm (?:us )?to (?:order|book)|message us to|order here|shop here|available (?:now|here|online|at)|use code|apply now|start your free trial|try (?:it|us|our) (?:free|today|now)|learn more at|details at|see you (?:there|at)`,
    ),
  },
  {
    id: 'offer',
    why: 'an offer or discount',
    pattern: words(
      String.raw`\d+ ?% off|off (?:all|everything|your|every)|discounts?|sale|deals?|bogo|buy one,? get|free (?:shipping|delivery|gift|trial|consultation|quote|estimate)|promo(?:tion)?|coupons?|vouchers?|special offer|offers?|save (?:up to |\$|£|€)?\d*|half price|clearance|bundles?|giveaway|enter to win|win (?:a|an|one|two|free)|sweepstakes|prizes?|contest|raffle|rewards? members|gift cards?|specials?|happy hour|loyalty`,
    ),
  },
  { id: 'promo-code', why: 'a discount code', pattern: /\b(?:code|coupon|promo)[:\s]+[A-Z0-9]{3,}\b/gu },
  {
    id: 'urgency',
    why: 'pushes readers to act fast',
    pattern: words(
      String.raw`today only|limited(?: time| spots| seats| stock| edition)?|last (?:chance|day|call|few)|ends (?:today|tonight|soon|sunday|monday|friday|midnight)|hurry|don't miss(?: out)?|while (?:supplies|stocks?) last|only \d+ (?:left|spots|seats)|spots? left|selling fast|sells? out|final (?:hours|days)|deadline|this weekend only|book early|before it's gone|going fast`,
    ),
  },
  {
    id: 'launch',
    why: 'announces something new to sell',
    pattern: words(
      String.raw`introducing|now available|available now|just (?:dropped|landed|launched|arrived|added)|launch(?:ing|ed|es)?|back in stock|restocked|new arrivals?|now open|grand opening|coming soon|new (?:menu|flavou?rs?|collection|product|service|location|range|season|items?)|limited edition|seasonal|returns? (?:this|on|tomorrow)|is back|are back`,
    ),
  },
  {
    id: 'self-praise',
    why: 'praises your own business',
    pattern: words(
      String.raw`best (?:in town|in the|pizza|coffee|bakery|service|prices?|deal)|award[- ]winning|voted|#1|number one|top[- ]rated|(?:5|five)[- ]star|finest|world[- ]class|unbeatable|trusted by|rated \d|our (?:famous|signature|delicious|amazing|award)|you (?:deserve|won't find)|(?:recogni[sz]ed|named|ranked|listed|honou?red) (?:as|by|among|one of|on|to be)|one of the (?:world's|country's|best|top|most)|most admired|awards?|accolades?`,
    ),
  },
  {
    id: 'own-event',
    why: 'promotes your own event',
    pattern: words(
      String.raw`join us|tickets?|rsvp|webinar|workshops?|masterclass|seats|live (?:on|at|this)|tasting|save the date|doors open|sign-?ups?|free (?:class|session|webinar|event)|register|(?:will be|is|are|we're|i'm) (?:speaking|presenting|hosting|exhibiting)|keynote|catch (?:us|me|our team) (?:at|on)|visit (?:us|our booth) at|booth`,
    ),
  },
  {
    id: 'hiring',
    why: 'a job ad',
    pattern: words(
      String.raw`we'?re hiring|we are hiring|now hiring|join our team|job openings?|apply (?:now|today|here|online)|positions? (?:available|open)|vacanc(?:y|ies)|hiring|open roles?|careers? (?:page|site)|new (?:positions|roles|openings)|open positions|we'?re looking for (?:a|an|someone)|to apply|responsibilities|requirements|full[- ]time|part[- ]time|internship|salary|compensation`,
    ),
  },
  {
    id: 'pitch',
    why: 'pitches your product or newsletter',
    pattern: words(
      String.raw`newsletter|subscrib(?:e|ed|ing)|my course|our course|e-?book|free guide|join \d[\d,.]*k?\+? (?:readers|subscribers|people|others|founders|creators|solopreneurs|entrepreneurs|marketers|members|professionals|leaders)|read (?:it|the (?:full )?(?:issue|article|post)) here|cohort|waitlist|wait list|my (?:program|programme|coaching|book)|book a (?:call|demo|consult)|free (?:call|demo|audit)|our (?:app|platform|product|services?|team can|clients)`,
    ),
  },
  // Relationship: thanks, greetings, sympathy, asking the audience, community.
  {
    id: 'thanks',
    why: 'thanks people',
    pattern: words(
      String.raw`thank(?:s| you)?|grateful|gratitude|appreciate[ds]?|thankful|shout[- ]?outs?|kudos|means the world`,
    ),
  },
  {
    id: 'greeting',
    why: 'greets people or wishes them well',
    pattern: words(
      String.raw`happy (?:\p{L}+day|holidays|new year|thanksgiving|easter|diwali|hanukkah|friday|monday|weekend|birthday|anniversary)|merry|good (?:morning|night|afternoon|evening)|have a (?:great|good|wonderful|lovely|safe|happy)|enjoy your|wishing|cheers|congrat(?:s|ulations)|welcome(?: to)?|hello|hi|hey|season's greetings|happy \p{L}+`,
    ),
  },
  {
    id: 'sympathy',
    why: 'shows you care',
    pattern: words(
      String.raw`sorry|apolog(?:y|ise|ize|ies|ised|ized)|hear that|we understand|so frustrating|inconvenience|not the experience|hope (?:you|this|that|your)|glad to hear|love to hear|love this|love that|we're on it|looking into|(?:we're |we are )?here (?:to help|for you)|(?:see|find out) how we can help|get (?:this|that|it) (?:sorted|fixed|resolved)`,
    ),
  },
  {
    id: 'dm',
    why: 'invites people to message you',
    pattern: words(
      String.raw`dm|d\.m\.|direct message|send (?:us )?(?:a|your) (?:dm|message|note)|reach out|drop us a (?:line|message|note)|pm us|private message|follow (?:us )?and dm|contact (?:us|our team)`,
    ),
  },
  {
    id: 'ask-audience',
    why: 'asks your readers to answer',
    pattern: words(
      String.raw`(?:like|share|rt|retweet|double tap|comment)(?: this)? if|what(?:'s| is| are| do| would| was)? your|which (?:one|do|would|is)|who (?:else|here|is|wants)|would you|do you|have you|are you|tell us|share your|let us know|comment below|in the comments|vote|poll|caption this|fill in the blank|agree\?|thoughts\?|what do you think|how do you|anyone else|tag (?:a|someone|your)`,
    ),
  },
  {
    id: 'community',
    why: 'celebrates people and community',
    pattern: words(
      String.raw`congrat\p{L}*|proud|celebrat\p{L}*|our team|our staff|our crew|volunteer\p{L}*|charit\p{L}*|donat\p{L}*|raised|fundrais\p{L}*|community|neighbou?r\p{L}*|support(?:ing)? (?:local|our)|anniversary|birthday|milestone|meet (?:our|the)|behind the scenes|journey|family|memories|nostalgi\p{L}*|throwback|tbt|lol|haha|😂|🤣`,
    ),
  },
  {
    id: 'personal',
    why: 'a personal story',
    pattern: words(
      String.raw`i|my|me|i've|i'm|i was|years ago|when i|i learned|lesson\p{L}*|i remember|my first|confession`,
    ),
  },
  // Value: tips, how-tos, facts, news, safety, answers.
  {
    id: 'how-to',
    why: 'a tip or how-to',
    pattern: words(
      String.raw`tips?|how to|how-to|here's how|here is how|guide|step \d|steps?|ways to|(?:\d+|three|five|four|seven|ten) (?:ways|things|mistakes|tips|signs|reasons|lessons|steps|rules)|did you know|remember to|make sure|avoid|prevent|check (?:your|the|for)|keep (?:your|it|them)|try to|you can|you should|don't forget|pro tip|quick tip|rule of thumb|hack|tutorial|thread|🧵|explained|let's break|the trick|instead of`,
    ),
  },
  // An explainer thread's opening tweet: "1/" first, "1/6", "(1/n)" or 🧵 at the end (links may
  // follow), "A thread".
  // Only at the very start or end of the post, so a recipe's "1/2 cup" is not a thread.
  {
    id: 'thread',
    why: 'opens an explainer thread',
    pattern:
      /^\s*1\s?\/(?!\d)|(?:\(?\b1\s?\/\s?(?:\d{1,2}|n|\?)?\)?|\(1\))(?=(?:\s*\p{Extended_Pictographic}\uFE0F?)?(?:\s+https?:\/\/\S+)*\s*$)|🧵|\ba thread\b|\bthread\s?:/giu,
  },
  {
    id: 'explain',
    why: 'explains or gives facts',
    pattern: words(
      String.raw`because|means|which means|that's why|this is why|the reason|reasons?|fact|facts|research|study|studies|according to|data|survey|percent of|\d+% of|on average|per cent|is when|works by|in other words|for example|e\.g\.|i\.e\.`,
    ),
  },
  {
    id: 'safety',
    why: 'a safety notice',
    pattern: words(
      String.raw`safety|safe|warning|alert|storm|flood\p{L}*|wildfire|hurricane|tornado|winter weather|scam\p{L}*|fraud|recall\p{L}*|emergency|prepare|preparedness|caution|injur\p{L}*|drive safely|smoke detector`,
    ),
  },
  {
    id: 'news',
    why: 'shares news or an update',
    pattern: words(
      String.raw`announc\p{L}*|report\p{L}*|results|quarter\p{L}*|earnings|revenue|acquir\p{L}*|partnership|published|article|read more|via|update\p{L}*|changes? to|new rules?|regulation\p{L}*|industry|trend\p{L}*|market|price (?:change|increase)|closed|closure|hours (?:will|are|change)|reminder`,
    ),
  },
  {
    id: 'answer',
    why: 'answers a question',
    pattern: words(
      String.raw`you can (?:find|get|use|check|change|update|reset|turn|go)|go to|head to settings|settings|under (?:the|your)|try (?:clearing|restarting|updating|reinstalling|logging)|clear (?:your|the) cache|restart|update the app|it's located|it contains|it includes|made with|contains|ingredients|allergen\p{L}*|gluten|vegan|is available in|are available in|open (?:from|until|till)|we're open|our hours|opening hours|located (?:at|on|in)`,
    ),
  },
];

/** Commerce verbs: an imperative starting with one of these is a call to action, not a tip. */
export const COMMERCE_VERBS = new Set(
  'order buy shop book reserve grab call visit stop swing come head tap click dm message subscribe join register enroll enrol sign claim redeem treat pre-order preorder hurry snag'.split(
    ' ',
  ),
);

/**
 * The same for the features that are not cues (./features.ts): what a phrase found by the shape
 * of the text does. A percentage reads as a discount in a salesy draft and as a figure elsewhere.
 */
export const SHAPE_WHY: Readonly<Record<string, string>> = {
  imp: 'tells the reader what to do',
  'imp:commerce': 'a call to buy, book or visit',
  'imp:instruct': 'a step-by-step tip',
  'n:price': 'a price',
  'n:url': 'a link',
  'n:percent': 'a figure',
  'n:percent:salesy': 'a discount',
  'start:mention': 'replies to someone',
  'start:question': 'asks your readers a question',
  'end:question': 'asks your readers a question',
  brand: 'names your own business or product',
};
