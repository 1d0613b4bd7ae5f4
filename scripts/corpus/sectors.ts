/**
 * Small businesses the composed part of the corpus writes for: names, what they sell, and
 * what they know well enough to teach. Everything here is invented for the corpus.
 */
export interface Sector {
  id: string;
  names: string[];
  products: string[];
  /** Standalone tips in the sector's voice: helpful on their own. */
  tips: string[];
  /** Behind-the-scenes moments: conversational on their own. */
  moments: string[];
  tags: string[];
}

export const SECTORS: Sector[] = [
  {
    id: 'bakery',
    names: ['Crumb & Co', 'Rise Bakery', 'The Flour Pot', 'Golden Crust', 'Maple Street Bakehouse'],
    products: ['sourdough loaves', 'croissants', 'cinnamon buns', 'rye bread', 'birthday cakes', 'pumpkin muffins'],
    tips: [
      'Store your bread cut side down on a wooden board and it stays fresh for days',
      "Stale bread isn't waste: slice it, freeze it and toast it straight from the freezer",
      'A loaf sounds hollow when you tap the bottom, that is how you know it is baked through',
      'Weigh your flour instead of using cups, a cup can vary by 30 grams',
      'Let sourdough cool for an hour before slicing or the crumb turns gummy',
      'Refresh a day-old croissant in a hot oven for four minutes',
    ],
    moments: [
      'Our baker Sam has been shaping loaves since 4am and still sings the whole time',
      'First snow of the year outside the bakery window this morning',
      'We burned a whole tray of cookies today. It happens to the best of us',
      'Ten years ago we opened with one oven and a borrowed mixer',
    ],
    tags: ['#bakery', '#sourdough', '#shoplocal', '#freshbread', '#baking'],
  },
  {
    id: 'cafe',
    names: ['Bean There', 'The Daily Grind', 'Corner Cup', 'Little Owl Coffee', 'Steam & Sip'],
    products: ['flat whites', 'cold brew', 'oat lattes', 'pour-over', 'chai', 'house blend beans'],
    tips: [
      'Grind your beans right before brewing, ground coffee loses aroma within minutes',
      'Water just off the boil, around 94°C, extracts coffee without burning it',
      'Keep beans in an airtight jar away from light, never in the fridge',
      'A 1:16 ratio of coffee to water is a good starting point for filter coffee',
      'Descale your machine every month if you live in a hard water area',
    ],
    moments: [
      'Our regular Mrs. Patel brought us homemade samosas today',
      'The espresso machine finally got a name: Vincent',
      "Rainy Monday, full house, and everyone's sharing tables",
      'Barista latte art battle after closing. Jo won, again',
    ],
    tags: ['#coffee', '#coffeelover', '#cafe', '#latteart', '#smallbusiness'],
  },
  {
    id: 'restaurant',
    names: ['Nonna Rosa', 'Taco Loco', 'The Hungry Fork', 'Slice of Brooklyn', 'Spice Route'],
    products: [
      'wood-fired pizzas',
      'street tacos',
      'Sunday roast',
      'tasting menu',
      'family meal deals',
      'lunch specials',
    ],
    tips: [
      'Rest your steak for five minutes after cooking so the juices stay inside',
      'Salt pasta water until it tastes like the sea, it is the only chance to season the pasta itself',
      'Leftover rice must be cooled quickly and eaten within a day',
      'Toast whole spices in a dry pan before grinding them for twice the flavour',
      'Add a splash of pasta water to the sauce, the starch makes it cling',
    ],
    moments: [
      "Chef Marco's mum visited the kitchen tonight and corrected his sauce",
      'Our dishwasher Ali has worked every Friday for seven years without missing one',
      'A couple who had their first date here came back for their 25th anniversary',
      'Staff meal today was the best thing we cooked all week',
    ],
    tags: ['#foodie', '#pizza', '#eatlocal', '#dinner', '#tacotuesday'],
  },
  {
    id: 'salon',
    names: ['Shear Bliss', 'The Cut Above', 'Glow Studio', 'Fade Masters', 'Luxe Hair Lounge'],
    products: ['balayage', 'keratin treatments', 'fades', 'bridal styling', 'gel manicures', 'beard trims'],
    tips: [
      'Wash coloured hair in cool water, hot water opens the cuticle and fades colour faster',
      'Use a heat protectant every time you straighten or curl',
      'Trim every 8 to 10 weeks to keep split ends from travelling up the hair',
      'Sleep on a silk pillowcase to cut frizz and breakage',
      'Shampoo the scalp, condition the ends: that is the whole secret',
    ],
    moments: [
      'Our stylist Jess just celebrated five years with us',
      'Today a client brought her grandmother in for her first ever blow-dry',
      'Playlist debate in the salon: 80s pop or 90s R&B?',
      'Our apprentice gave her first solo haircut today and nailed it',
    ],
    tags: ['#hair', '#salon', '#balayage', '#barber', '#hairgoals'],
  },
  {
    id: 'gym',
    names: ['Iron Works Gym', 'Flow Yoga Studio', 'CoreFit', 'Summit Climbing', 'Pulse Pilates'],
    products: [
      'monthly memberships',
      'personal training',
      'yoga classes',
      'bootcamp sessions',
      'class packs',
      'kids climbing club',
    ],
    tips: [
      'Warm up for five minutes before lifting, cold muscles are the ones that tear',
      'Progress slowly: add no more than 10% to your weekly running distance',
      'Breathe out on the effort, in on the return',
      'Sleep is when muscles rebuild, seven hours does more than an extra set',
      'Keep your knees in line with your toes when you squat',
    ],
    moments: [
      'Member of the month: Dave, 67, who just deadlifted his body weight',
      'Our 6am crew showed up in the snow today. Legends',
      "Coach Lena's dog has become the unofficial studio mascot",
      'Two years since our first class in a church hall',
    ],
    tags: ['#fitness', '#yoga', '#gymlife', '#workout', '#pilates'],
  },
  {
    id: 'trades',
    names: [
      'FlowRight Plumbing',
      'Bright Spark Electrical',
      'Top Notch Roofing',
      'Green Thumb Landscaping',
      'CoolAir HVAC',
    ],
    products: [
      'boiler servicing',
      'emergency callouts',
      'roof inspections',
      'garden makeovers',
      'AC tune-ups',
      'rewiring',
    ],
    tips: [
      'Know where your stopcock is before you need it, usually under the kitchen sink',
      'Bleed your radiators each autumn if they are cold at the top',
      'Never pour cooking fat down the sink, it sets and blocks the pipes',
      'Clear leaves from gutters before winter so water does not back up under the roof',
      'Change your HVAC filter every three months to cut energy bills',
      'If a breaker keeps tripping, it is telling you something: do not just reset it',
    ],
    moments: [
      'Our apprentice Tom passed his exams today, proud of him',
      'Found a 1950s newspaper under a floorboard on a job today',
      'Thirty years in the trade for our founder Bill this week',
      'Van broke down, so the team carried the tools two streets. Teamwork',
    ],
    tags: ['#plumbing', '#electrician', '#roofing', '#landscaping', '#homeimprovement'],
  },
  {
    id: 'professional',
    names: [
      'Ledger & Co Accountants',
      'Northwind Consulting',
      'Pixel Pine Studio',
      'Clearpath Legal',
      'Stackwise Software',
    ],
    products: [
      'tax returns',
      'bookkeeping packages',
      'brand strategy sessions',
      'website redesigns',
      'contract reviews',
      'our scheduling app',
    ],
    tips: [
      'Keep business and personal spending in separate accounts from day one',
      'Save receipts digitally as you go, not in a shoebox in April',
      'Write down your top three priorities before opening your inbox',
      'Send invoices the day the work is done, late invoices get paid late',
      'Back up your files in two places, one of them off-site',
      'Read the termination clause before you sign anything',
    ],
    moments: [
      'Our team spent Friday afternoon volunteering at the food bank',
      'First day in the new office and nobody can find the light switches',
      'Ten years ago I quit my job with one client and a laptop',
      'Our intern just accepted a full-time offer',
    ],
    tags: ['#smallbusiness', '#entrepreneur', '#accounting', '#marketing', '#startup'],
  },
  {
    id: 'retail',
    names: ['Petal & Stem', 'Second Chapter Books', 'Wag & Whiskers', 'Thread Boutique', 'Spoke Bike Shop'],
    products: ['bouquets', 'signed first editions', 'grain-free dog food', 'winter coats', 'e-bikes', 'gift hampers'],
    tips: [
      'Recut flower stems at an angle and change the water every two days',
      'Check your bike tyre pressure weekly, soft tyres are the main cause of flats',
      'Introduce a new dog food slowly over a week to avoid upset stomachs',
      'Wash wool jumpers cold and dry them flat so they keep their shape',
      'Keep houseplants away from radiators in winter',
    ],
    moments: [
      'Shop cat Biscuit has claimed the poetry shelf again',
      'A customer showed us a photo of the bike she bought here 20 years ago',
      'Unboxing day: the whole team guessing what is inside',
      'Our first customer ever came back today to celebrate our fifth birthday',
    ],
    tags: ['#shopsmall', '#florist', '#bookshop', '#petshop', '#boutique'],
  },
];
