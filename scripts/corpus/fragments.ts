/**
 * Sentence pools for the composed corpus. Slots: {biz} {product} {tip} {moment} {price} {pct}
 * {day} {code} {url} {name} {n}. Each pool serves one purpose; hard cases mix pools on purpose.
 */

export const SELL_OPENERS = [
  'Fresh {product} just came out and they are going fast.',
  'Introducing our new {product}.',
  '{product} are back for the season.',
  'This {day} only: {pct} off all {product}.',
  'Treat yourself to our {product}, from {price}.',
  'Big news: {product} now available to order online.',
  'Our {product} were voted best in town three years running.',
  'Last chance to grab {product} before we sell out.',
  'New in: {product}, and they are everything you hoped.',
  'Looking for a gift? Our {product} start at just {price}.',
  'Weekend special at {biz}: {product} for {price}.',
  'Restocked and ready: {product}.',
  'Booking now for December: {product}.',
  'Only {n} spots left for {product} this month.',
  '{biz} is now open on Sundays, come get your {product}.',
  'Upgrade to our premium {product} for only {price} more.',
  'Flash sale! {pct} off {product} until midnight.',
  'Buy two {product}, get the third free.',
  'We are hiring! {biz} needs a friendly part-timer to help with {product}.',
  'Join us {day} for our {product} launch night, tickets {price}.',
  'Award-winning {product}, made the same way since day one.',
  'Pre-orders for {product} open today.',
  "Don't miss our {product} bundle, save {pct} this week.",
  'Customers keep telling us our {product} are the best they have had. Come see why.',
  'Free delivery on {product} over {price} this month.',
  'Our {product} gift cards make the perfect present.',
  'Win a month of {product}! Like, share and tag a friend to enter.',
  'Holiday hours are here, and so is our {product} menu.',
];

export const SELL_CTAS = [
  'Order now: {url}',
  'Book your spot today, link in bio.',
  'DM us to order.',
  'Call us on 555-{n}0{n}4 to book.',
  'Shop the range at {url}',
  'Use code {code} at checkout.',
  'Swing by {biz} before they are gone!',
  'Reserve yours now, limited numbers.',
  'Grab yours while stocks last.',
  'Tap the link to get yours.',
  'Book online at {url}',
  'Pre-order here: {url}',
  'Apply today: {url}',
  'Tickets at the counter or online.',
  'Get a free quote today.',
  'Offer ends {day}.',
  'Visit us in store or order for pickup.',
  'Comment ORDER and we will message you.',
];

export const CONV_OPENERS = [
  'Happy {day}, friends!',
  'Thank you to everyone who came out this weekend.',
  '{moment}.',
  'We are so grateful for this community.',
  'Quick question for you all:',
  'Confession time.',
  'Big shout-out to {name}, our customer of the month!',
  'Wishing you all a cosy weekend.',
  'Good morning from everyone at {biz}.',
  'Congratulations to {name} on running her first marathon!',
  'Throwback to our very first day.',
  'Meet {name}, the newest face behind the counter.',
  'Some days are chaos and today was one of them.',
  "We can't stop laughing at what happened in the shop today.",
  'Proud to have raised £{n}00 for the local food bank with you all.',
  'Merry Christmas and happy holidays from our family to yours.',
  'Happy Thanksgiving! We are closed today to spend time with family.',
  'Sending love to everyone affected by the floods this week.',
  'Five years ago today we opened our doors.',
  'Our team had a picnic in the park today.',
  'Lovely to see so many familiar faces at the street fair.',
  'Honestly, you lot make this job the best job in the world.',
];

export const CONV_ASKS = [
  'What should we try next?',
  'Which one is your favourite?',
  'Tell us in the comments!',
  'Who else is counting down to the weekend?',
  'What was the first thing you ever bought from us?',
  'Drop a 🙌 if you agree.',
  'How are you spending your weekend?',
  'Caption this photo!',
  'Tea or coffee? Settle this for us.',
  'What would you name it?',
  'Have you been in yet?',
  'We would love to hear your stories.',
  'Tag someone who needs to see this.',
  'Thank you for being part of our story.',
  'See you soon, neighbours.',
  'Agree or disagree?',
];

export const HELP_OPENERS = [
  'Tip of the week:',
  'Did you know?',
  'Quick tip:',
  'A question we get a lot:',
  'Here is how to do it properly.',
  'Three things we wish every customer knew:',
  'Pro tip from our team:',
  'Myth: it does not matter. Fact: it does.',
  'Save this for later.',
  'Friendly reminder:',
  'How to make it last longer:',
  'Safety first:',
  'The short answer:',
  'One small habit that makes a big difference:',
];

export const HELP_CLOSERS = [
  'Hope that helps!',
  'Small change, big difference.',
  'Share it with someone who needs it.',
  'Works every time.',
  'That is it. No special tools needed.',
  'Your future self will thank you.',
  'More tips every Tuesday.',
  'Any questions, just ask in the comments.',
  'Stay safe out there.',
  '',
];

export const NOTICES = [
  'Road works on {place} from Monday: please use the back entrance on Mill Lane.',
  'Heads up: our phone line is down today. Email still works.',
  'Storm warning tonight. Bring in garden furniture and check your gutters are clear.',
  'The council bin collection moves to Thursday this week because of the bank holiday.',
  'Parking on {place} is free after 6pm from this month.',
  'Reminder: clocks go back this Sunday.',
  'Allergy note: all our {product} contain nuts and gluten. Full ingredient lists are on each label.',
  'Scam alert: we will never ask for payment by text message. If you get one, delete it.',
];

export const REPLY_HELPFUL = [
  '@{user} You can find the allergen list on the menu page, under each item.',
  '@{user} Yes! Go to Settings > Account > Order history and tap Reorder.',
  '@{user} It freezes well: wrap it tightly and it keeps for three months.',
  '@{user} We are open 8am to 4pm on Saturdays and closed Sundays.',
  '@{user} The {product} are made with oat milk, so they are dairy free.',
  '@{user} Parking is behind the building, the entrance is on {place}.',
  '@{user} Try clearing the app cache and restarting, that fixes the login loop.',
  '@{user} The receipt is emailed automatically, check your spam folder too.',
  '@{user} Bus 12 stops right outside, about a ten minute ride from the station.',
  '@{user} Soak it overnight and rinse before cooking, that removes the bitterness.',
];

export const REPLY_CONV = [
  '@{user} Thank you so much, that made our day! 💛',
  '@{user} So sorry to hear that. Please DM us your order number and we will sort it out.',
  '@{user} Haha, we feel the same way about Mondays.',
  '@{user} Aww, congratulations to you both!',
  '@{user} That is not the experience we want for you. Can you send us a DM?',
  '@{user} We miss you too! Come say hi soon.',
  '@{user} Love this photo, thanks for sharing!',
  '@{user} Happy birthday! Hope it is a great one 🎉',
  '@{user} You are too kind. See you next week!',
  '@{user} Oh no! We are sorry, that should not have happened.',
];

export const REPLY_SALES = [
  '@{user} Our {product} are on sale this week, {pct} off. Order here: {url}',
  '@{user} If you loved that, you will love our new {product}. Book now!',
  '@{user} Use code {code} for {pct} off your next order!',
  '@{user} We still have a few {product} left, DM us to reserve one today.',
  '@{user} Sign up for our membership and get {product} free every month.',
];

export const PLACES = ['High Street', 'Elm Road', 'Market Square', 'Station Road', 'Church Lane', 'Harbour Way'];
export const NAMES = ['Maria', 'Sam', 'Priya', 'Tomás', 'Aisha', 'Jordan', 'Mei', 'Olu', 'Grace', 'Lukas'];
export const DAYS = [
  'Monday',
  'Tuesday',
  'Friday',
  'Saturday',
  'Sunday',
  'weekend',
  'Black Friday',
  'Valentine\u2019s Day',
];
export const CODES = ['SAVE10', 'FRESH20', 'WELCOME15', 'BAKE5', 'SPRING25', 'VIP30'];
