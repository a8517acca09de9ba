/**
 * The data of `npm run bench:faq`: generated FAQs of one ministry and citizen queries with
 * typos, each labelled with the one FAQ it asks about. Deterministic (a seeded PRNG, no
 * clock, no Math.random), so that runs on different days compare.
 *
 * An FAQ is a topic ("driving licence"), an action on it ("renew") and an aspect of that action
 * ("how much does it cost"): "How much does it cost to renew my driving licence?". A query
 * names each of the three with a cue, a word or words the FAQ's question or keywords hold
 * ("cost", or "fee" when the FAQ lists it as a keyword), worded as keywords or a short phrase
 * ("how much renew passport", "can i renew my passport cost"), and is kept only when no other FAQ's
 * question, nor any synonym that FAQ could list as a keyword, holds all those words: the label is
 * then the only right answer.
 * Then a citizen's noise goes on top: typos, no accents, a half-typed last word, the keywords in
 * another order, filler words.
 */
import type { FaqEntry } from '@civic-contact/contract';

/** A labelled query: `text` asks about the FAQ whose id is `expected`. */
export interface LabelledQuery {
  text: string;
  expected: string;
  /** The query before typos, lost accents and truncation (the words the label was checked on). */
  clean: string;
  /** The noise applied, e.g. `["swap", "truncated"]`. */
  noise: string[];
}

/** The generated data set. */
export interface FaqBenchData {
  ministry: { id: string; defaultLocale: string; locales: string[] };
  faqs: FaqEntry[];
  queries: LabelledQuery[];
}

export interface FaqBenchOptions {
  /** Number of FAQs (at most {@link MAX_FAQS}). Default 5,000. */
  faqs?: number;
  /** Number of queries. Default 500. */
  queries?: number;
  /** PRNG seed. Default 20261130. */
  seed?: number;
}

/** mulberry32: small, fast, good enough to shuffle test data, and the same everywhere. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/* ------------------------------------------------------------------ vocabulary */

type ActionKey = 'apply' | 'renew' | 'replace' | 'address' | 'cancel' | 'copy' | 'correct' | 'transfer' | 'extend' | 'appeal';

interface Topic {
  name: string;
  category: string;
  /** Alternative word lists that name the topic in a query. */
  cues: string[][];
  /** Other words citizens use for it; FAQs of the topic list them as keywords. */
  synonyms?: string[];
  actions: ActionKey[];
}

const TOPICS: Topic[] = [
  { name: 'driving licence', category: 'Driving and vehicles', cues: [['driving', 'licence']], synonyms: ['driver', 'license'], actions: ['apply', 'renew', 'replace', 'address', 'cancel', 'copy', 'correct', 'extend', 'appeal'] },
  { name: 'learner permit', category: 'Driving and vehicles', cues: [['learner', 'permit'], ['learner']], actions: ['apply', 'renew', 'replace', 'cancel', 'extend', 'appeal', 'address'] },
  { name: 'vehicle registration', category: 'Driving and vehicles', cues: [['vehicle', 'registration'], ['vehicle']], synonyms: ['car', 'logbook'], actions: ['apply', 'renew', 'replace', 'address', 'cancel', 'copy', 'correct', 'transfer'] },
  { name: 'parking permit', category: 'Driving and vehicles', cues: [['parking', 'permit']], synonyms: ['resident', 'parking'], actions: ['apply', 'renew', 'replace', 'address', 'cancel', 'extend', 'appeal', 'transfer'] },
  { name: 'disabled parking badge', category: 'Driving and vehicles', cues: [['disabled', 'badge'], ['parking', 'badge'], ['badge']], synonyms: ['blue', 'disability'], actions: ['apply', 'renew', 'replace', 'address', 'cancel', 'appeal', 'extend'] },
  { name: 'taxi licence', category: 'Driving and vehicles', cues: [['taxi']], synonyms: ['cab', 'hackney'], actions: ['apply', 'renew', 'replace', 'cancel', 'transfer', 'appeal', 'extend'] },
  { name: 'bus pass', category: 'Driving and vehicles', cues: [['bus', 'pass'], ['bus']], synonyms: ['travelcard', 'concession'], actions: ['apply', 'renew', 'replace', 'address', 'cancel', 'extend'] },
  { name: 'passport', category: 'Identity and travel', cues: [['passport']], actions: ['apply', 'renew', 'replace', 'cancel', 'correct'] },
  { name: 'national identity card', category: 'Identity and travel', cues: [['identity', 'card'], ['identity']], synonyms: ['id', 'national'], actions: ['apply', 'renew', 'replace', 'address', 'cancel', 'correct', 'copy'] },
  { name: 'residence permit', category: 'Identity and travel', cues: [['residence', 'permit'], ['residence']], synonyms: ['residency'], actions: ['apply', 'renew', 'replace', 'address', 'cancel', 'extend', 'appeal', 'correct'] },
  { name: 'work permit', category: 'Identity and travel', cues: [['work', 'permit']], synonyms: ['employment'], actions: ['apply', 'renew', 'replace', 'cancel', 'extend', 'appeal', 'transfer', 'correct'] },
  { name: 'fiancé visa', category: 'Identity and travel', cues: [['fiancé', 'visa'], ['fiancé']], synonyms: ['engaged', 'partner'], actions: ['apply', 'extend', 'appeal', 'cancel', 'correct', 'replace'] },
  { name: 'citizenship certificate', category: 'Identity and travel', cues: [['citizenship']], synonyms: ['naturalisation', 'nationality'], actions: ['apply', 'replace', 'copy', 'correct', 'appeal'] },
  { name: 'birth certificate', category: 'Births, marriages and deaths', cues: [['birth']], synonyms: ['born'], actions: ['apply', 'replace', 'copy', 'correct'] },
  { name: 'marriage certificate', category: 'Births, marriages and deaths', cues: [['marriage']], synonyms: ['wedding'], actions: ['apply', 'replace', 'copy', 'correct'] },
  { name: 'death certificate', category: 'Births, marriages and deaths', cues: [['death']], synonyms: ['bereavement'], actions: ['apply', 'replace', 'copy', 'correct'] },
  { name: 'adoption certificate', category: 'Births, marriages and deaths', cues: [['adoption']], synonyms: ['adopted'], actions: ['apply', 'copy', 'correct', 'replace'] },
  { name: 'deed poll', category: 'Births, marriages and deaths', cues: [['deed', 'poll'], ['deed']], synonyms: ['name'], actions: ['apply', 'copy', 'correct', 'cancel'] },
  { name: 'health card', category: 'Health', cues: [['health', 'card']], synonyms: ['medical'], actions: ['apply', 'renew', 'replace', 'address', 'cancel', 'copy', 'correct'] },
  { name: 'vaccination record', category: 'Health', cues: [['vaccination'], ['vaccination', 'record']], synonyms: ['vaccine', 'immunisation'], actions: ['apply', 'copy', 'correct', 'replace'] },
  { name: 'medical exemption certificate', category: 'Health', cues: [['exemption']], synonyms: ['exempt'], actions: ['apply', 'renew', 'replace', 'cancel', 'appeal', 'extend'] },
  { name: 'prescription prepayment certificate', category: 'Health', cues: [['prescription'], ['prepayment']], synonyms: ['ppc'], actions: ['apply', 'renew', 'replace', 'cancel', 'extend', 'address'] },
  { name: 'state pension', category: 'Benefits', cues: [['pension']], synonyms: ['retirement'], actions: ['apply', 'address', 'cancel', 'appeal', 'correct', 'copy'] },
  { name: 'unemployment benefit', category: 'Benefits', cues: [['unemployment']], synonyms: ['jobseeker', 'dole'], actions: ['apply', 'address', 'cancel', 'appeal', 'correct', 'extend'] },
  { name: 'child benefit', category: 'Benefits', cues: [['child', 'benefit']], synonyms: ['children'], actions: ['apply', 'address', 'cancel', 'appeal', 'correct', 'transfer'] },
  { name: 'housing benefit', category: 'Benefits', cues: [['housing', 'benefit']], synonyms: ['rent'], actions: ['apply', 'address', 'cancel', 'appeal', 'correct', 'extend'] },
  { name: 'disability allowance', category: 'Benefits', cues: [['disability', 'allowance']], synonyms: ['disabled', 'pip'], actions: ['apply', 'renew', 'address', 'cancel', 'appeal', 'correct'] },
  { name: 'carer’s allowance', category: 'Benefits', cues: [['carer']], synonyms: ['caring', 'carers'], actions: ['apply', 'address', 'cancel', 'appeal', 'correct'] },
  { name: 'winter fuel payment', category: 'Benefits', cues: [['winter', 'fuel'], ['fuel']], synonyms: ['heating'], actions: ['apply', 'address', 'cancel', 'appeal'] },
  { name: 'property tax account', category: 'Tax', cues: [['property', 'tax']], synonyms: ['rates', 'council'], actions: ['address', 'cancel', 'appeal', 'correct', 'copy', 'transfer'] },
  { name: 'income tax return', category: 'Tax', cues: [['income', 'tax'], ['tax', 'return']], synonyms: ['self', 'assessment'], actions: ['correct', 'copy', 'appeal', 'extend', 'cancel'] },
  { name: 'tax identification number', category: 'Tax', cues: [['tax', 'number'], ['identification', 'number']], synonyms: ['tin'], actions: ['apply', 'replace', 'address', 'correct', 'copy'] },
  { name: 'VAT registration', category: 'Tax', cues: [['vat']], synonyms: ['sales'], actions: ['apply', 'cancel', 'address', 'correct', 'copy', 'transfer'] },
  { name: 'business licence', category: 'Business', cues: [['business', 'licence']], synonyms: ['company', 'trading'], actions: ['apply', 'renew', 'replace', 'address', 'cancel', 'copy', 'transfer', 'appeal'] },
  { name: 'liquor licence', category: 'Business', cues: [['liquor']], synonyms: ['alcohol', 'bar'], actions: ['apply', 'renew', 'replace', 'cancel', 'transfer', 'appeal', 'extend'] },
  { name: 'café pavement licence', category: 'Business', cues: [['café', 'pavement'], ['pavement']], synonyms: ['terrace', 'tables'], actions: ['apply', 'renew', 'cancel', 'transfer', 'appeal', 'extend'] },
  { name: 'market stall permit', category: 'Business', cues: [['market', 'stall'], ['stall']], synonyms: ['trader'], actions: ['apply', 'renew', 'cancel', 'transfer', 'appeal', 'extend', 'replace'] },
  { name: 'food hygiene certificate', category: 'Business', cues: [['hygiene'], ['food', 'hygiene']], synonyms: ['kitchen', 'restaurant'], actions: ['apply', 'renew', 'replace', 'copy', 'appeal', 'correct'] },
  { name: 'street trading licence', category: 'Business', cues: [['street', 'trading']], synonyms: ['hawker', 'vendor'], actions: ['apply', 'renew', 'cancel', 'transfer', 'appeal', 'replace'] },
  { name: 'import permit', category: 'Business', cues: [['import']], synonyms: ['customs', 'goods'], actions: ['apply', 'renew', 'cancel', 'extend', 'appeal', 'correct'] },
  { name: 'building permit', category: 'Housing and planning', cues: [['building', 'permit']], synonyms: ['construction', 'extension'], actions: ['apply', 'renew', 'cancel', 'extend', 'appeal', 'transfer', 'correct', 'copy'] },
  { name: 'planning permission', category: 'Housing and planning', cues: [['planning']], synonyms: ['development'], actions: ['apply', 'cancel', 'extend', 'appeal', 'transfer', 'correct', 'copy'] },
  { name: 'social housing tenancy', category: 'Housing and planning', cues: [['tenancy'], ['social', 'housing']], synonyms: ['council', 'flat'], actions: ['apply', 'transfer', 'cancel', 'appeal', 'correct'] },
  { name: 'rent deposit guarantee', category: 'Housing and planning', cues: [['deposit']], synonyms: ['landlord'], actions: ['apply', 'cancel', 'appeal', 'transfer'] },
  { name: 'fishing licence', category: 'Environment and leisure', cues: [['fishing']], synonyms: ['angling', 'rod'], actions: ['apply', 'renew', 'replace', 'cancel', 'extend'] },
  { name: 'hunting licence', category: 'Environment and leisure', cues: [['hunting']], synonyms: ['game'], actions: ['apply', 'renew', 'replace', 'cancel', 'extend', 'appeal'] },
  { name: 'dog licence', category: 'Environment and leisure', cues: [['dog']], synonyms: ['pet', 'puppy'], actions: ['apply', 'renew', 'replace', 'address', 'cancel', 'transfer'] },
  { name: 'firearms certificate', category: 'Environment and leisure', cues: [['firearms']], synonyms: ['gun', 'shotgun'], actions: ['apply', 'renew', 'replace', 'address', 'cancel', 'appeal', 'extend'] },
  { name: 'water connection', category: 'Housing and planning', cues: [['water']], synonyms: ['supply', 'mains'], actions: ['apply', 'cancel', 'transfer', 'address'] },
  { name: 'student grant', category: 'Education', cues: [['student', 'grant'], ['grant']], synonyms: ['bursary', 'university'], actions: ['apply', 'cancel', 'appeal', 'correct', 'address', 'extend'] },
  { name: 'school transport pass', category: 'Education', cues: [['school', 'transport']], synonyms: ['school', 'bus'], actions: ['apply', 'renew', 'replace', 'cancel', 'appeal', 'address'] },
  { name: 'crèche place', category: 'Education', cues: [['crèche']], synonyms: ['nursery', 'childcare'], actions: ['apply', 'cancel', 'transfer', 'appeal', 'extend'] },
  { name: 'exam certificate', category: 'Education', cues: [['exam']], synonyms: ['examination', 'results'], actions: ['replace', 'copy', 'correct', 'apply'] },
  { name: 'voter registration card', category: 'Elections', cues: [['voter']], synonyms: ['vote', 'electoral'], actions: ['apply', 'replace', 'address', 'correct', 'copy', 'cancel'] },
  { name: 'boat registration', category: 'Driving and vehicles', cues: [['boat']], synonyms: ['vessel', 'yacht'], actions: ['apply', 'renew', 'transfer', 'cancel', 'address', 'correct'] },
  { name: 'trade mark registration', category: 'Business', cues: [['trade', 'mark']], synonyms: ['trademark', 'brand'], actions: ['apply', 'renew', 'transfer', 'cancel', 'correct'] },
  { name: 'event permit', category: 'Environment and leisure', cues: [['event']], synonyms: ['festival', 'concert'], actions: ['apply', 'cancel', 'extend', 'appeal', 'transfer'] },
  { name: 'noise exemption permit', category: 'Environment and leisure', cues: [['noise']], synonyms: ['loud', 'night'], actions: ['apply', 'renew', 'cancel', 'extend', 'appeal'] },
  { name: 'charity registration', category: 'Business', cues: [['charity']], synonyms: ['nonprofit', 'donations'], actions: ['apply', 'cancel', 'address', 'correct', 'copy'] },
  { name: 'pilot licence', category: 'Driving and vehicles', cues: [['pilot']], synonyms: ['aviation', 'flying'], actions: ['apply', 'renew', 'replace', 'cancel', 'extend', 'appeal'] },
];

interface Action {
  /** The action as the question says it, around the topic `t`. */
  phrase: (t: string) => string;
  noun: string;
  cues: string[][];
  synonyms: string[];
}

const ACTIONS: Record<ActionKey, Action> = {
  apply: { phrase: (t) => `apply for ${an(t)} ${t}`, noun: 'a new application', cues: [['apply']], synonyms: ['application', 'new'] },
  renew: { phrase: (t) => `renew my ${t}`, noun: 'a renewal', cues: [['renew']], synonyms: ['renewal', 'expired'] },
  replace: { phrase: (t) => `replace a lost or stolen ${t}`, noun: 'a replacement', cues: [['replace'], ['lost'], ['stolen']], synonyms: ['replacement', 'missing'] },
  address: { phrase: (t) => `change the address on my ${t}`, noun: 'a change of address', cues: [['address']], synonyms: ['moved', 'moving'] },
  cancel: { phrase: (t) => `cancel my ${t}`, noun: 'a cancellation', cues: [['cancel']], synonyms: ['cancellation', 'stop'] },
  copy: { phrase: (t) => `get a copy of my ${t}`, noun: 'a copy', cues: [['copy']], synonyms: ['duplicate', 'certified'] },
  correct: { phrase: (t) => `correct a mistake on my ${t}`, noun: 'a correction', cues: [['mistake'], ['correct']], synonyms: ['error', 'wrong', 'correction'] },
  transfer: { phrase: (t) => `transfer my ${t} to a new holder`, noun: 'a transfer', cues: [['transfer']], synonyms: ['ownership', 'handover'] },
  extend: { phrase: (t) => `extend my ${t}`, noun: 'an extension', cues: [['extend']], synonyms: ['longer', 'prolong'] },
  appeal: { phrase: (t) => `appeal a decision about my ${t}`, noun: 'an appeal', cues: [['appeal']], synonyms: ['decision', 'review'] },
};

interface Aspect {
  key: string;
  question: (action: string) => string;
  cues: string[][];
  synonyms: string[];
  /** Sentences of the answer specific to this aspect; `{…}` placeholders are filled in. */
  sentences: string[];
}

const ASPECTS: Aspect[] = [
  {
    key: 'cost',
    question: (a) => `How much does it cost to ${a}?`,
    cues: [['cost'], ['much']],
    synonyms: ['fee', 'price', 'charge'],
    sentences: [
      'The standard charge for {noun} is {money}, and {money2} if you ask for the priority service.',
      'Pensioners, students and people on income support pay half, and there is nothing to pay for {noun} if your {topic} was damaged by our mistake.',
      'We accept debit and credit cards, bank transfer and cash at the counter; cheques are no longer taken.',
      'The amount is set each April and is shown on the form before you confirm anything.',
      'If you are refunded, the money goes back to the card or account you paid from within {days} working days.',
    ],
  },
  {
    key: 'time',
    question: (a) => `How long does it take to ${a}?`,
    cues: [['long']],
    synonyms: ['processing', 'wait', 'days'],
    sentences: [
      'Most requests are dealt with within {days} working days of the day we receive everything we asked for.',
      'At busy times, before the summer holidays and in January, allow up to {days2} working days.',
      'We send a message by email or text as soon as a decision has been made.',
      'If anything is missing, the clock only starts again once we have it, so check the list before you send.',
    ],
  },
  {
    key: 'documents',
    question: (a) => `What documents do I need to ${a}?`,
    cues: [['documents']],
    synonyms: ['papers', 'proof', 'id'],
    sentences: [
      'Bring one proof of identity with a photograph, such as a passport, and one proof of your current address dated within three months.',
      'Originals are required; photocopies are only accepted when they are certified by a notary or a commissioner for oaths.',
      'For {noun} of {a} {topic} we also need the reference number of the original decision if you have it.',
      'Documents in another language must come with a sworn translation.',
      'We scan and return your originals at the counter, or by registered post within {days} working days.',
    ],
  },
  {
    key: 'online',
    question: (a) => `Can I ${a} online?`,
    cues: [['online']],
    synonyms: ['internet', 'website', 'digital'],
    sentences: [
      'Yes: sign in to the citizen portal at {web} with your digital identity and choose the service for your {topic}.',
      'The form takes about fifteen minutes and can be saved and finished later within {days} days.',
      'Files can be uploaded as PDF or JPEG up to ten megabytes each.',
      'If you cannot use the portal, a clerk can fill in the form with you over the phone.',
    ],
  },
  {
    key: 'person',
    question: (a) => `Where can I ${a} in person?`,
    cues: [['person']],
    synonyms: ['office', 'counter', 'visit'],
    sentences: [
      'Go to the {office} service centre, open {hours}; you do not need an appointment for {noun}.',
      'Take a ticket at the entrance and wait to be called; the average wait is about {minutes} minutes.',
      'Every district office also has a self-service kiosk where staff can help you.',
      'The centres have step-free access, a hearing loop and staff who speak several languages.',
    ],
  },
  {
    key: 'eligible',
    question: (a) => `Who is eligible to ${a}?`,
    cues: [['eligible']],
    synonyms: ['qualify', 'entitled', 'eligibility'],
    sentences: [
      'You qualify if you are the holder of the {topic} or their legal guardian and you have lived here for at least {months} months.',
      'Companies may ask through a director or another officer named on the register.',
      'People who owe fines or fees on the same record have to settle them first.',
      'If you are unsure, the eligibility checker on {web} gives an answer in two minutes.',
    ],
  },
  {
    key: 'progress',
    question: (a) => `How do I check the progress of my request to ${a}?`,
    cues: [['progress']],
    synonyms: ['track', 'status'],
    sentences: [
      'Use the reference on your receipt in the tracking page at {web}, or call the contact centre on {phone}.',
      'The tracker shows each step: received, checked, decided and sent.',
      'You will also get a text message when {noun} moves to the next step.',
      'If nothing has changed for more than {days} working days, write to us with your reference and we will look into it.',
    ],
  },
  {
    key: 'urgent',
    question: (a) => `Can I ${a} urgently?`,
    cues: [['urgently']],
    synonyms: ['urgent', 'express', 'quick'],
    sentences: [
      'A priority service decides within two working days for an extra {money}.',
      'Book a priority appointment through the contact centre and bring proof of why it cannot wait, such as travel tickets or a letter from an employer.',
      'In a real emergency outside office hours, the duty officer can issue a temporary document valid for {days} days.',
    ],
  },
  {
    key: 'abroad',
    question: (a) => `Can I ${a} while living abroad?`,
    cues: [['abroad']],
    synonyms: ['overseas', 'expat'],
    sentences: [
      'Yes, through the nearest embassy or consulate, or online at {web} if you have a digital identity.',
      'Posting times from overseas vary, so allow at least {days2} days more than at home.',
      'Fees are charged in local currency at the embassy and may differ slightly from {money}.',
      'Your {topic} will be sent to the embassy for collection unless you ask for courier delivery.',
    ],
  },
  {
    key: 'refused',
    question: (a) => `What can I do if my request to ${a} is refused?`,
    cues: [['refused']],
    synonyms: ['rejected', 'denied'],
    sentences: [
      'The decision letter explains why and what you can do next; read it carefully before you act.',
      'You may ask for the decision to be looked at again within {days} days, in writing, adding anything that was missing.',
      'If it is refused a second time, you can take the matter to the independent tribunal free of charge.',
      'Advice centres and citizens advice bureaux can help you prepare the case.',
    ],
  },
  {
    key: 'behalf',
    question: (a) => `Can a relative ${a} on my behalf?`,
    cues: [['behalf'], ['relative']],
    synonyms: ['representative', 'proxy'],
    sentences: [
      'Yes, if they bring a signed letter of authority from you, their own identity document and a copy of yours.',
      'A lawyer or an attorney under a registered power of attorney can act for you without a letter.',
      'For children under sixteen, a parent or guardian acts for them as a matter of course.',
      'We send the decision to you, not to your representative, unless you ask otherwise.',
    ],
  },
  {
    key: 'age',
    question: (a) => `Is there a minimum age to ${a}?`,
    cues: [['age'], ['minimum', 'age']],
    synonyms: ['old', 'young', 'teenager'],
    sentences: [
      'You must be at least {age} years old on the day the request is made.',
      'Younger applicants need the written consent of a parent or guardian.',
      'There is no upper age limit, but people over seventy may be asked for a medical statement.',
    ],
  },
  {
    key: 'photo',
    question: (a) => `Do I need a photo to ${a}?`,
    cues: [['photo']],
    synonyms: ['picture', 'photograph'],
    sentences: [
      'Yes: one recent colour photograph, 35 by 45 millimetres, against a plain light background, taken within the last month.',
      'Photo booths at the service centres take compliant pictures for {money3}.',
      'Digital photos uploaded online must be at least 600 by 750 pixels, with no filters or glasses.',
    ],
  },
  {
    key: 'pay',
    question: (a) => `How can I pay to ${a}?`,
    cues: [['pay']],
    synonyms: ['payment', 'card', 'cash'],
    sentences: [
      'Payment is taken when you submit the form, by debit or credit card online, or by card or cash at the counter.',
      'Bank transfers must quote the reference on your form so the payment can be matched.',
      'You can also pay at any post office with the payment slip printed at the end of the form.',
      'Receipts are emailed at once; keep yours until {noun} has been completed.',
    ],
  },
  {
    key: 'deadline',
    question: (a) => `Is there a deadline to ${a}?`,
    cues: [['deadline']],
    synonyms: ['late', 'latest'],
    sentences: [
      'Yes: you should act within {days} days of the change or the expiry date, otherwise a late fee of {money3} is added.',
      'We send a reminder letter about six weeks before the date.',
      'If you miss the deadline because you were ill or abroad, tell us why and the late fee may be waived.',
    ],
  },
];

const GENERAL = [
  'You can contact the {category} team at the contact centre on {phone}, Monday to Friday, 7 am to 7 pm.',
  'Keep the reference number we give you: it is the quickest way for staff to find your record.',
  'The rules are set out in the {topic} regulations, which are published on {web}.',
  'If you need the information in large print, braille or another language, ask and we will send it.',
  'Letters from us never ask for bank details by email; report any such message to the fraud line.',
  'Staff at the counter can check your form before you hand it in.',
  'Your data is kept for six years and used only for this service, in line with the data protection law.',
];

const OFFICES = ['Castries', 'Vieux Fort', 'Gros Islet', 'Soufrière', 'Dennery', 'Micoud', 'Anse la Raye', 'Choiseul'];
const HOURS = ['Monday to Friday from 8 am to 4 pm', 'weekdays from 8:30 am to 4:30 pm', 'Monday to Saturday from 9 am to 1 pm'];

const normalise = (word: string): string => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
/** The words of a text as the labelling sees them: lower case, no accents, apostrophes split. */
export const wordsOf = (text: string): string[] => (normalise(text).match(/[\p{L}\p{N}]+/gu) ?? []);

/* ------------------------------------------------------------------ FAQs */

interface FaqSpec {
  id: string;
  topic: Topic;
  action: ActionKey;
  aspect: Aspect;
  keywords: string[];
}

/** Every cue of `spec` for each of its three parts, as normalised word lists. */
function cuesOf(spec: FaqSpec): string[][][] {
  const asCues = (words: string[]) => words.map((word) => wordsOf(word));
  return [
    [...spec.topic.cues, ...asCues(spec.keywords.filter((k) => spec.topic.synonyms?.includes(k)))].map((cue) => cue.map(normalise)),
    [...ACTIONS[spec.action].cues, ...asCues(spec.keywords.filter((k) => ACTIONS[spec.action].synonyms.includes(k)))],
    [...spec.aspect.cues, ...asCues(spec.keywords.filter((k) => spec.aspect.synonyms.includes(k)))],
  ];
}

/** The largest number of FAQs the vocabulary makes (every topic × its actions × every aspect). */
export const MAX_FAQS = TOPICS.reduce((sum, topic) => sum + topic.actions.length, 0) * ASPECTS.length;

function fill(template: string, spec: FaqSpec, random: Random): string {
  const values: Record<string, () => string> = {
    topic: () => spec.topic.name,
    a: () => an(spec.topic.name),
    noun: () => ACTIONS[spec.action].noun,
    category: () => spec.topic.category.toLowerCase(),
    money: () => `EC$${5 * (2 + Math.floor(random() * 30))}`,
    money2: () => `EC$${10 * (10 + Math.floor(random() * 20))}`,
    money3: () => `EC$${5 + Math.floor(random() * 20)}`,
    days: () => String(3 + Math.floor(random() * 25)),
    days2: () => String(20 + Math.floor(random() * 40)),
    months: () => String(3 + Math.floor(random() * 21)),
    minutes: () => String(10 + Math.floor(random() * 40)),
    age: () => pick(random, ['16', '17', '18', '21']),
    office: () => pick(random, OFFICES),
    hours: () => pick(random, HOURS),
    phone: () => `+1 758 468 ${String(1000 + Math.floor(random() * 9000))}`,
    web: () => pick(random, ['gov.example/services', 'services.gov.example', 'portal.gov.example']),
  };
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key]!());
}

function answerOf(spec: FaqSpec, random: Random): string {
  const opening = `${capitalise(ACTIONS[spec.action].noun)} of ${an(spec.topic.name)} ${spec.topic.name} is handled by the ${spec.topic.category.toLowerCase()} team.`;
  const sentences = [opening, ...shuffle(random, spec.aspect.sentences).slice(0, 2 + Math.floor(random() * (spec.aspect.sentences.length - 1)))];
  for (const general of shuffle(random, GENERAL).slice(0, Math.floor(random() * 4))) sentences.push(general);
  let text = sentences.map((sentence) => fill(sentence, spec, random)).join(' ');
  while (wordCount(text) < 40) text += ` ${fill(pick(random, GENERAL), spec, random)}`;
  while (wordCount(text) > 150) text = text.slice(0, text.lastIndexOf('. ', text.length - 2) + 1);
  const [first, ...rest] = text.split(/(?<=\.) /);
  return `<p>${first}</p>${rest.length ? `<p>${rest.join(' ')}</p>` : ''}`;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const an = (noun: string): string => (/^[aeiou]/i.test(noun) ? 'an' : 'a');
const capitalise = (text: string): string => text[0]!.toUpperCase() + text.slice(1);

function faqSpecs(count: number, random: Random): FaqSpec[] {
  if (count > MAX_FAQS) throw new RangeError(`At most ${MAX_FAQS} FAQs can be generated.`);
  const all: Omit<FaqSpec, 'id' | 'keywords'>[] = [];
  for (const topic of TOPICS) for (const action of topic.actions) for (const aspect of ASPECTS) all.push({ topic, action, aspect });
  return shuffle(random, all)
    .slice(0, count)
    .map((spec, i) => {
      // About half the FAQs list words citizens use that the question does not.
      const keywords: string[] = [];
      if (random() < 0.5) {
        const synonyms = [...(spec.topic.synonyms ?? []), ...ACTIONS[spec.action].synonyms, ...spec.aspect.synonyms];
        keywords.push(...shuffle(random, synonyms).slice(0, 1 + Math.floor(random() * 3)));
      }
      return { ...spec, id: `faq-${String(i + 1).padStart(4, '0')}`, keywords };
    });
}

/* ------------------------------------------------------------------ queries */

/**
 * Words a citizen adds that say nothing about which FAQ they want; none is a cue. Only what people
 * type into a search box: greetings and thanks ("hi there", "thanks") belong to chat, not search.
 */
const FILLERS = ['please', 'help', 'i want to know', 'need info', 'asap'];
const NEIGHBOURS: Record<string, string> = {
  a: 'qsz', b: 'vgn', c: 'xvd', d: 'sfe', e: 'wrd', f: 'dgr', g: 'fht', h: 'gjy', i: 'uok', j: 'hku', k: 'jli', l: 'kop', m: 'nj',
  n: 'bmh', o: 'ipl', p: 'ol', q: 'wa', r: 'etf', s: 'adw', t: 'ryg', u: 'yij', v: 'cbf', w: 'qes', x: 'zcs', y: 'tuh', z: 'xa',
};

type Typo = 'drop' | 'double' | 'swap' | 'substitute';

function typo(word: string, kind: Typo, random: Random): string {
  const chars = [...word];
  // Never the first letter: people rarely get that wrong, and no engine here is built for it.
  const at = 1 + Math.floor(random() * (chars.length - 2));
  if (kind === 'drop') chars.splice(at, 1);
  else if (kind === 'double') chars.splice(at, 0, chars[at]!);
  else if (kind === 'swap') [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
  else chars[at] = pick(random, [...(NEIGHBOURS[chars[at]!.toLowerCase()] ?? 'e')]);
  return chars.join('');
}

/** Action cues that read as a verb ("can i renew …"); "lost", "application" or "mistake" do not. */
const VERBS = new Set(['apply', 'renew', 'replace', 'cancel', 'copy', 'correct', 'transfer', 'extend', 'appeal', 'review', 'prolong']);
/** Aspect cues that only mean something after "how" ("how long", "how much"), never alone. */
const HOW = new Set(['long', 'much']);

/**
 * How citizens word a query from the three cues, or undefined when the wording would not be
 * English ("how behalf to apply", "can i lost my passport"): keywords in any order, or a phrase.
 */
const NATURAL: ((aspect: string, action: string, topic: string) => string | undefined)[] = [
  (s, a, t) => `${howOf(s)} ${a} ${t}`,
  (s, a, t) => `${a} ${t} ${howOf(s)}`,
  (s, a, t) => `${t} ${a} ${howOf(s)}`,
  (s, a, t) => (HOW.has(s) && VERBS.has(a) ? `how ${s} to ${a} my ${t}` : undefined),
  (s, a, t) => (VERBS.has(a) ? `can i ${a} my ${t} ${howOf(s)}` : undefined),
  (s, a, t) => (VERBS.has(a) || a === 'lost' ? `${a} my ${t} ${howOf(s)}` : undefined),
];
const howOf = (aspect: string): string => (HOW.has(aspect) ? `how ${aspect}` : aspect);

/** Every word that could name `spec` in a query: its question, and all the synonyms its topic, action and aspect could list. */
function vocabularyOf(spec: FaqSpec, question: string): Set<string> {
  const synonyms = [...(spec.topic.synonyms ?? []), ...ACTIONS[spec.action].synonyms, ...spec.aspect.synonyms];
  return new Set(wordsOf(`${question} ${synonyms.join(' ')}`));
}

function query(spec: FaqSpec, cues: ReadonlyMap<FaqSpec, string[][][]>, namedBy: ReadonlyMap<string, ReadonlySet<FaqSpec>>, random: Random): LabelledQuery | undefined {
  const [topicCues, actionCues, aspectCues] = cues.get(spec)!;
  const cue = (cues: string[][]) => pick(random, cues!).join(' ');
  const [aspect, action, topic] = [cue(aspectCues!), cue(actionCues!), cue(topicCues!)];
  const phrase = pick(random, NATURAL)(aspect, action, topic);
  if (phrase === undefined) return undefined;
  let words = phrase.split(' ');
  const content = new Set([aspect, action, topic].flatMap((c) => c.split(' ')));
  const noise: string[] = [];
  if (random() < 0.3) {
    // People reorder the words that matter ("pension abroad apply"), not "my how to".
    const keywords = shuffle(random, words.filter((word) => content.has(word)))
      .flatMap((word) => (word === aspect && HOW.has(word) ? ['how', word] : [word]));
    if (keywords.join(' ') !== words.join(' ')) noise.push('order');
    words = keywords;
  }
  if (random() < 0.3) {
    const filler = pick(random, FILLERS).split(' ');
    words = random() < 0.5 ? [...filler, ...words] : [...words, ...filler];
    noise.push('filler');
  }
  const clean = words.join(' ');
  // Sound labelling: no other FAQ could be named by every word the query names its FAQ by —
  // not only by what its question and keywords hold, but by any synonym it might have listed
  // ("rent days cancel" fits cancelling a rent deposit guarantee as well as a housing benefit).
  const telling = wordsOf([aspect, action, topic].join(' '));
  const [first, ...others] = telling.map((word) => namedBy.get(word) ?? new Set<FaqSpec>());
  if ([...first!].some((other) => other !== spec && others.every((faqs) => faqs.has(other)))) return undefined;

  const truncate = random() < 0.25 && content.has(words.at(-1)!) && words.at(-1)!.length >= 5;
  const typos = random() < 0.25 ? 0 : random() < 0.8 ? 1 : 2;
  const candidates = shuffle(random, words.map((_, i) => i)).filter((i) => content.has(words[i]!) && words[i]!.length >= 5 && !(truncate && i === words.length - 1));
  for (const i of candidates.slice(0, typos)) {
    const kind = pick(random, ['drop', 'double', 'swap', 'substitute'] as const);
    const changed = typo(words[i]!, kind, random);
    if (changed !== words[i]) {
      words[i] = changed;
      noise.push(kind);
    }
  }
  if (truncate) {
    const last = words.at(-1)!;
    words[words.length - 1] = last.slice(0, Math.max(3, Math.ceil(last.length * (0.4 + random() * 0.3))));
    noise.push('truncated');
  }
  let text = words.join(' ');
  if (text !== normalise(text) && random() < 0.7) {
    text = text.normalize('NFD').replace(/\p{M}/gu, '');
    noise.push('accents');
  }
  return { text, expected: spec.id, clean, noise };
}

/**
 * The data of the FAQ benchmark: `faqs` FAQs of a ministry `bench` in English and `queries`
 * labelled queries, the same for the same options.
 */
export function generateFaqBenchData(options: FaqBenchOptions = {}): FaqBenchData {
  const random = prng(options.seed ?? 20261130);
  const specs = faqSpecs(options.faqs ?? 5000, random);
  const faqs: FaqEntry[] = specs.map((spec) => ({
    id: spec.id,
    ministryId: 'bench',
    category: { en: spec.topic.category },
    question: { en: spec.aspect.question(ACTIONS[spec.action].phrase(spec.topic.name)) },
    answerHtml: { en: answerOf(spec, random) },
    ...(spec.keywords.length ? { keywords: spec.keywords } : {}),
    updatedAt: '2026-11-30T00:00:00Z',
  }));
  const cues = new Map(specs.map((spec) => [spec, cuesOf(spec)]));
  // Word → the FAQs it could name, to find the other FAQs a query's words fit without a scan.
  const namedBy = new Map<string, Set<FaqSpec>>();
  for (const [i, faq] of faqs.entries()) {
    for (const word of vocabularyOf(specs[i]!, faq.question['en']!)) {
      if (!namedBy.has(word)) namedBy.set(word, new Set());
      namedBy.get(word)!.add(specs[i]!);
    }
  }
  const queries: LabelledQuery[] = [];
  const wanted = options.queries ?? 500;
  for (let attempts = 0; queries.length < wanted; attempts++) {
    if (attempts > wanted * 200) throw new Error(`Could only make ${queries.length} sound queries.`);
    const labelled = query(pick(random, specs), cues, namedBy, random);
    if (labelled) queries.push(labelled);
  }
  return { ministry: { id: 'bench', defaultLocale: 'en', locales: ['en'] }, faqs, queries };
}
