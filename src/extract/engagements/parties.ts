import type { ActorMention } from '../actors/types.ts';
import { firstAtLeast } from '../../nlp/search.ts';
import { orgSide } from '../gazetteer/index.ts';
import type { PersonRegistry } from '../actors/registry.ts';
import { sameOffice } from '../actors/finder.ts';
import { CARRIED_FROM_BEFORE, MOURNED_AFTER, isLeaderRole, isNonParticipantRole, lexicon } from '../lexicon.ts';
import { DELEGATION_NEXT, GUESTS_COUNTED_NEXT, ROLE_GROUP_NEXT, type Trigger } from './triggers.ts';
import type { Draft } from './draft.ts';

// Written as constants: the TypeScript loader turns a \p{...} literal into `new RegExp`, remade on every call.
const PROPER_WORD = /^(?:the\s+)?\p{Lu}/u;
const LETTER_FROM_BEFORE = /\b(?:letter|message)\s+(?:[\w-]+\s+){0,2}?from\s+(?:[\p{L}.-]+\s+){0,3}$/iu;
const MEETING_NOUN = /^(?:meeting|talks)$/i;
const DAY_OR_HIS_BEFORE = /\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s|his|her)\s+$/;
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its)$/i;

/** An arrival or a landing, as the visit trigger words it. */
export const ARRIVAL_WORD = /^(?:arriv|land)/i;
const VISIT_SPAN = /\bfrom\s+(?:\S+\s+){1,3}?(?:to|until|till|through)\s/i;
const SEVERAL_MEETINGS = /\b(?:a\s+(?:number|series|round|string)\s+of|several|numerous|various)\s+(?:[\w-]+\s+)?(?:meetings|talks)\b/i;
const AT_INVITATION_BEFORE = /\bat the (?:kind )?invitation of\s+(?:(?:the|his|her|their)\s+)?(?:[\w-]+\s+){0,8}$/i;
// "since Russia's full-scale invasion": a country in the possessive qualifies a noun; it is no side.
const POSSESSIVE_AFTER = /^['’]s\b/;

export interface Parties {
  personIds: string[];
  countries: { iso3: string; role: string | null; start: number; end: number }[];
  orgs: string[];
  /** The title an organisation's side is named by ("the Secretary-General"), by organisation. */
  orgRoles?: Record<string, string>;
}

const LOCATIVE_BEFORE = /\b(?:in|at|to|from|near|of|across|via|into|on|for|about|over|between|with(?:in)?|toward|towards|against|by|through|outside|inside|around|among|like|than|including)\s+(?:the\s+)?(?:neighbou?ring\s+|war-torn\s+|southern\s+|northern\s+|eastern\s+|western\s+|central\s+)?$/i;
// "the heads of state of Mongolia, China and Russia held their trilateral meeting": the countries of the people who met.
const HELD_NOUN_END = /\b(?:talks|meeting|discussions|consultations|negotiations)$/i;
const TALKS_BETWEEN = /^(?:talks|meeting|discussions|consultations|negotiations|summit)(?:\s+\([A-Z]{2,8}\))?(?:\s+(?:were|was)\s+held|\s+took\s+place)?\s+between\b/i;
// "Jaishankar and Doval were also present": at the meeting, named before the cue.
// So "US Secretary of State Marco Rubio also took part." and "A and B, who are in Washington for the dialogue, joined the interaction".
export const PRESENT_AFTER = /^(?:\s*,?\s+and\s+[^.;,]{0,60}?)?(?:,\s+who\s+[^.;,]{1,80},)?\s+(?:(?:were|was)\s+(?:also\s+)?(?:present|in attendance)\b|(?:also\s+)?(?:took part|attended|participated|sat in|joined)\s*(?:[.;]|$|in the (?:talks|meeting|discussions)\b|the (?:talks|meeting|discussions|interaction|call|conversation)\b))/;
const ORG_HEAD_AFTER = /^(?:['’]s)?\s+(?:chief|head|director(?:-general)?|director general|secretary-general|boss)\b/i;
// "between Pakistan and Bangladesh", "between the delegations of Ukraine and the Russian Federation",
// "consultations between the foreign ministries of Uzbekistan and the Republic of India".
const BETWEEN_NEXT = /^(?:\s+|\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?(?:(?:delegations|teams|negotiators|representatives|(?:foreign\s+)?ministries|foreign\s+ministers|governments)\s+of\s+(?:the\s+)?)?$/;
const SEPARATE_TALKS = /\bback-to-back\b/i;
export const MORE_SIDED = /\b(?:trilateral|three-way|tripartite|quadrilateral|four-way)\b/i;
const LEADERS = String.raw`heads?\s+of\s+(?:state|government)|leaders|presidents|prime\s+ministers`;
const LEADERS_OF_BEFORE = new RegExp(String.raw`\b(?:${LEADERS})\s+of\s+(?:the\s+)?$`, 'i');
// "Senior diplomats from India and China met": the countries whose people met.
const PEOPLE_FROM_BEFORE = /\b(?:diplomats|officials|delegations|delegates|negotiators|envoys|teams|counterparts)\s+from\s+(?:the\s+)?$/i;
const OFFICIALS_OF_BEFORE = new RegExp(String.raw`\b(?:${LEADERS}|foreign\s+ministers|ministers)\s+of\s+(?:the\s+)?$`, 'i');
// The next item of a list: "Mongolia, China and Russia".
const LIST_JOIN = /^\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?$/i;
// "who is in San Francisco, the United States, to attend": the country of the city just named, a place too.
const CITY_APPOSITION_BEFORE = /\b(?:in|at|to|from|near)\s+\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2},\s+(?:the\s+)?$/u;
// An organisation is a party as the one met ("met with the WHO", "received a World Bank mission"); as the
// subject of "met" it is a body in session ("The UN Security Council met on Tuesday").
const APPOSED_OFFICE_BETWEEN = /^,\s*(?:the\s+)?(?:current|outgoing|incoming|then|rotating|new)?\s*$/i;
const TIME_CLAUSE_SUBJECT_BEFORE = /\b(?:since|until|before)\s+$/;
const ORG_PEOPLE_AFTER = /^\s+(?:officials|negotiators|delegation|side)\b/;
const ORG_PARTY_BEFORE = /\b(?:with|met|meets|received|receives|hosted|and|between)\s+(?:the\s+|a\s+|an\s+)?$/i;
// "addressed the Extended Bureau of the Assembly of the African Union in a session held by videoconference":
// the organisation whose body heard the address.
const ADDRESSED_BODY_OF = /\baddress(?:ed|es)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){1,5}?of\s+the\s+$/i;
const EVENT_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:summit|forum|session|conference|assembly|meeting|games|council|chairmanship|member)/i;
// "the G7 Foreign Ministers' Meeting", "the G20 Leaders' Summit": titles naming an event, not people at it.
const NAMED_MEETING_AFTER = /^['’]?s?\s*(?:summit|meeting|session|conference|forum|dialogue)\b/i;
const RESULTS_OF_TALKS_BETWEEN = /\b(?:(?:results?|outcomes?|details|assessment|briefing)\s+(?:of|on)|including)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:talks|meeting|conversation|contacts|visit)\b[^.;]*$/i;
const INSTITUTION_AFTER = /^['’]s\s+\p{Lu}/u;
const HIS_THING_AFTER = /^['’]s\s+(?:[\w-]+\s+)?(?:plan|plans|war|invasion|policy|policies|tariffs?|remarks|statement|decision|election|speech|comments|proposal|administration|government|regime|threats?|demands?)\b/i;
const SERVED_AFTER = /^['’]s\s+(?:(?:top|chief|senior|special|personal|presidential|longtime|new|national\s+security|foreign[-\s]policy|climate|peace|hostage|Middle\s+East|Ukraine|Gaza|Africa|Asia)\s+)*(?:envoy|adviser|advisor|aide|spokes(?:man|woman|person)|representative|emissary|chief\s+of\s+staff)\b/i;
// Without the i flag: under it \p{Lu} matches lower case too.
const NAME_AFTER_TITLE = /^[^.;,]{0,40}?,?\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
const SERVES_BEFORE = /\b(?:aide|adviser|advisor|assistant|spokes(?:man|woman|person)|press secretary|envoy|emissary|representative|chief of staff|deputy)\s+(?:to|for|of)\s+(?:the\s+)?$/i;
const OFFICE_TAKEN_AFTER = /^\s+(?:(?:returned|came|rose)\s+to\s+(?:office|power)|took\s+(?:office|power)|assumed\s+(?:office|power)|(?:was|were)\s+(?:elected|re-elected|sworn\s+in|inaugurated))\b/;
const TIME_WORD_BEFORE = /\b(?:since|after|before|until|when)\s+(?:(?:the|U\.S\.|US|then|former|new)\s+)?(?:\p{Lu}[\p{L}.\-]*\s+){0,3}$/u;
const OTHER_VISIT_BEFORE = /\b(?:forthcoming|upcoming|planned|future|next|expected|coming|last|previous|recent|earlier)\s+(?:(?:state|official|working)\s+)?(?:visit|trip|meeting|summit)\s+(?:of|by)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;
// So "conveyed the greetings of Iranian President Masoud Pezeshkian to President El-Sisi".
const SENDER_BEFORE = /\b(?:from|(?:greetings|message|regards|wishes)\s+of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\-]*\s+){0,4}$/u;
const REPORTER_BEFORE = /\b(?:according to|quoted|cited|citing|quoting)\s+(?:\w+\s+){0,4}$/i;
const FRONTED_THEN_SUBJECT = /^(?:After|Following|During|At the end of|In)\b[^.;]{0,200},\s*(?:[\p{L}.'’-]+\s+){0,6}$/u;
const REPORTER_AFTER = /^\s*(?:,\s*)?(?:told|said|says|wrote|added|noted|reported)\b/i;

const SUBJECT_OF_SAID = /^\s*(?:and\s+(?:the\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*)*\s+)?(?:said|say|says|announced|stated|declared|agreed)\b/u;

/** "with Russia and the United States": the second of a pair after a preposition is as much a place or object as the first. */
function coordinatedWithPlace(k: number, mentions: ActorMention[], text: string, sized = false): boolean {
  const m = mentions[k];
  const prev = k > 0 ? mentions[k - 1] : null;
  if (!prev || prev.kind !== 'country' || !LIST_JOIN.test(text.slice(prev.end, m.start))) return false;
  // "a ceasefire with Russia, the United States and Ukraine said": after the comma, the subject of the next clause.
  if (SUBJECT_OF_SAID.test(text.slice(m.end, m.end + 60))) return false;
  // "after stops in Lebanon, Syria, Saudi Arabia, Qatar and Jordan": back to the list's first country. Not
  // "the foreign ministers of Mali, Burkina Faso and Niger": officials of each.
  const first = listStarts(mentions, text)[k - 1];
  const before = text.slice(Math.max(0, mentions[first].start - 40), mentions[first].start);
  return LOCATIVE_BEFORE.test(before) && !((sized || first < k - 1) && OFFICIALS_OF_BEFORE.test(before)) && !PEOPLE_FROM_BEFORE.test(before);
}

// Per sentence, where the run of "A, B and C" each country mention belongs to begins: read once, not
// walked back from every country of a long list.
const listStartsRead = new WeakMap<ActorMention[], Int32Array>();
function listStarts(mentions: ActorMention[], text: string): Int32Array {
  let starts = listStartsRead.get(mentions);
  if (starts && starts.length === mentions.length) return starts;
  starts = new Int32Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    const joined = i > 0 && mentions[i - 1].kind === 'country' && mentions[i].kind === 'country' && LIST_JOIN.test(text.slice(mentions[i - 1].end, mentions[i].start));
    starts[i] = joined ? starts[i - 1] : i;
  }
  listStartsRead.set(mentions, starts);
  return starts;
}

const LONGEST_MENTION = 300;

const AND_AFTER = /^\s+and\s+(?:the\s+)?\p{Lu}/u;
const BARE_TITLE_SUBJECT = /(?:^|[.;,]\s*)[Tt]he\s+(\p{Lu}[\p{L}-]*(?:(?:\s+|\s*\/\s*)(?:\p{Lu}[\p{L}-]*|of|and))*)\s+(?:(?:also|then|later|first|subsequently)\s+)?(?:(?:was|were|had|has)\s+)?$/u;
const BARE_HEAD_BEFORE = /\b[Tt]he ([Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|[Vv]ice [Pp]resident|[Mm]inister|[Ss]ecretary)\s+(?:(?:also|then|later|today|has|had|warmly|was)\s+)*$/;
const BARE_LEADER_BEFORE = /\b[Tt]he (?:[Hh]ead of [Ss]tate|[Pp]resident|[Ll]eader)\s+(?:(?:also|then|later|today|has|had|warmly)\s+)*$/;
const BARE_LEADER_AFTER = /^\s+(?:[\w’'-]+\s+){0,3}?(?:to|on|with)\s+the\s+(?:[Hh]ead of [Ss]tate|[Pp]resident|[Ll]eader)\b(?!\s+of\b|\s+\p{Lu}|['’]s)/u;
// "pledged 1.5 billion dollars on Saturday, after meeting President Zelensky": a participle clause has the main clause's subject.
const AND_VERB_BEFORE = /,\s+(?:and\s+(?:also\s+|later\s+|then\s+)?|by\s+|(?:then|later|also)\s+)?$/;
// "has agreed to delay the tariff, after a phone call with von der Leyen on Sunday": the talks noun too.
const TALKS_WITH_NEXT = String.raw`(?:after|following)\s+(?:(?:a|an|his|her|their|the)\s+)?(?:(?:brief|short|long|lengthy|first|second|phone|telephone|video|bilateral|private)\s+)*(?:call|conversation|talks|meeting)\s+with\b`;
const SUBJECTLESS_NEXT = new RegExp(String.raw`^\s*(?:and\s+)?(?:(?:(?:was|were)\s+)?(?:later|then|subsequently)\s+(?!\p{Lu})|(?:was|were)\s+(?:also\s+)?(?:received|hosted|welcomed)\s+by\b|(?:after|before|while|following|upon)\s+(?=(?:meeting|holding|talking|speaking|receiving|hosting|visiting|calling on)\b)|${TALKS_WITH_NEXT})`, 'u');

/** The one person of the country in a leader's office among those the story names, if there is just one. */
const PLURAL_LEADERS = /^(?:Presidents|Prime Ministers|Heads of State|Leaders)$/i;
function leadersNamedBefore(mentions: ActorMention[], text: string, before: number, registry: PersonRegistry): string[] {
  const out: string[] = [];
  let listing = false;
  for (let k = 0; k < mentions.length && mentions[k].end <= before; k++) {
    const m = mentions[k];
    if (m.kind !== 'country' || !m.iso3) { listing = false; continue; }
    listing = LEADERS_OF_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || (listing && LIST_JOIN.test(text.slice(mentions[k - 1].end, m.start)));
    const leader = listing ? onlyLeaderOf(m.iso3, registry) : null;
    if (leader && !out.includes(leader)) out.push(leader);
  }
  return out.length >= 2 ? out : [];
}
function onlyLeaderOf(iso3: string, registry: PersonRegistry): string | null {
  let found: string | null = null;
  for (const p of registry.people) {
    if (p.country !== iso3 || !isLeaderRole(p.role)) continue;
    if (found) return null;
    found = p.id;
  }
  return found;
}

// Module functions rather than closures made per trigger (tsx wraps each one it creates).
const mentionStart = (m: ActorMention): number => m.start;
function addPerson(ids: string[], id: string): void {
  if (!ids.includes(id)) ids.push(id);
}

/**
 * The side a person stands for: the country, else the organisation as "org:ID"; null when neither is
 * known. The EU's institutions speak for the EU (organizations.json, "partOf"): "President of the
 * European Commission" and "EU Neighbourhood Commissioner" are one side.
 */
export function sideOf(person: { country: string | null; org: string | null }): string | null {
  return person.country ?? (person.org ? `org:${orgSide(person.org)}` : null);
}

export function sidesOf(p: Parties, registry: PersonRegistry): Set<string> {
  const sides = new Set<string>();
  for (const id of p.personIds) {
    const person = registry.get(id)!;
    const side = sideOf(person);
    if (side) sides.add(side);
  }
  for (const c of p.countries) sides.add(c.iso3);
  for (const o of p.orgs) sides.add(`org:${orgSide(o)}`);
  return sides;
}

// Not "a talk of about ten minutes with ...": "about" before a number is an amount.
const ABOUT_BETWEEN = /^\s+(?:\w+\s+){0,2}?(?:about(?!\s+(?:\d+|an?\s|half|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety)\b)|regarding|concerning)\b/i;
const WHO_OPENS = /^\s*whom?\b/i;
const OTHER_TIME_BEFORE = /\b(?:recall\w*|last|previous(?:ly)?|earlier|former)\b/i;
const SENTENCE_END = /[.!?]\s/;
const INVITING_BETWEEN = /\b(?:inviting|invitations?\s+to)\b/i;
const SUBORDINATE_BETWEEN = /\b(?:before|after|while|until|whereupon)\s/i;

// "the helicopter crash that killed President Raisi, Foreign Minister Amir-Abdollahian and ...": the dead.
// "Xi's special representative for the inauguration of U.S. President-elect Donald Trump": the one sworn in.
const ABSENT_BEFORE = /(?:\b(?:the late|on behalf of|in the name of|(?:inauguration|swearing-in|investiture|coronation) of(?:\s+(?:U\.S\.|US|the\s+new))?)|\b(?:(?:that|which|who) (?:killed|claimed the lives? of)|the (?:death|passing|killing|assassination) of)(?:\s+[^.;:]{1,80}?(?:,|\s+and))?)\s+(?:(?:the|His|Her|Highness|Majesty|Excellency|Amir|Emir|King|Queen|Sultan|Pope|Prince|Princess|President|President-elect|Sheikh|Prime Minister|Foreign Minister)\s+){0,4}$/;
const PAIR_SUBJECT_AT = /^(?:the\s+)?(?:two|both)\s+(?:leaders|presidents|heads of state|prime ministers|ministers|foreign ministers)\b/i;
const SUBJECT_PRONOUN = /^(?:he|she)$/i;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const RECEPTION_ASIDE = new RegExp(String.raw`^(?:\s+in\s+(?:a\s+)?(?:private\s+)?audience)?(?:,?\s+(?:(?:on|this|last)\s+)?(?:${WEEKDAY}(?:\s+(?:morning|afternoon|evening))?|today|yesterday)(?:,?\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2})(?:,?\s+\d{4})?)?|,?\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[^,.;]{0,60})*,?`, 'u');
const GOVERNMENT_LED_BEFORE = /\b(?:government|administration|cabinet|coalition|regime|junta)\s+(?:led|headed)\s+by\s+$/i;
const GOVERNMENT_AFTER = /^\s+(?:government|administration|cabinet|era|presidency)\b/;

/**
 * Whether the person at `m` is only whose message, wishes or invitation the clause carries, and so not
 * at the meeting: "conveyed the good wishes of Prime Minister Narendra Modi"; before the trigger too,
 * "a letter from President Trump had been received during the meeting" (not "arrived at the invitation
 * of President Macron, held talks with his host"). But "on an official visit to Morocco at the invitation
 * of Foreign Minister Bourita" is the host who invited, unless the visit is an arrival ("arrived in Astana
 * at the invitation of Tokayev" meets no one) or told as a whole by its days ("on a state visit to China
 * from 8 to 12 January at the invitation of Li Qiang").
 */
function carriedFrom(trigger: Trigger, m: ActorMention, text: string): boolean {
  const before = text.slice(Math.max(trigger.clauseStart, m.start - 90), m.start);
  if (!CARRIED_FROM_BEFORE.test(before)) return false;
  // "Mirziyoyev, who is in Astana at the invitation of Tokayev, held a number of meetings": the host who
  // invited is not one of those the round of meetings was with.
  if (m.start <= trigger.end && AT_INVITATION_BEFORE.test(before) && SEVERAL_MEETINGS.test(text.slice(trigger.start, trigger.end))) return true;
  if (m.start <= trigger.end && !LETTER_FROM_BEFORE.test(text.slice(Math.max(trigger.clauseStart, m.start - 60), m.start))) return false;
  const invitingHost = trigger.id === 'visited' && !ARRIVAL_WORD.test(text.slice(trigger.start, trigger.end))
    && AT_INVITATION_BEFORE.test(before) && !VISIT_SPAN.test(text.slice(trigger.clauseStart, trigger.clauseEnd));
  return !invitingHost;
}

/** Whether someone is named, or a pronoun stands, before the trigger in its clause ("his" counts only when `exceptPossessive` is false). */
function subjectNamed(trigger: Trigger, mentions: ActorMention[], text: string, exceptPossessive: boolean): boolean {
  return mentions.some((m) => (m.kind === 'person' || m.kind === 'pronoun') && m.start >= trigger.clauseStart && m.end <= trigger.start
    && !(exceptPossessive && POSSESSIVE_PRONOUN.test(text.slice(m.start, m.end))));
}

/** The parties a trigger's clause names: its people, both-sides references, and countries acting as sides. */
export function partiesFor(trigger: Trigger, mentions: ActorMention[], text: string, active: Draft | null,
  registry: PersonRegistry, protagonist: string | null, recent: (far: boolean) => string[] = () => [], writer: string | null = null): Parties {
  const lex = lexicon();
  const personIds: string[] = [];
  const countries: Parties['countries'] = [];
  const orgs: string[] = [];
  const orgRoles: Record<string, string> = {};
  let plural = false;
  let pluralAt = -1;
  let firstPersonAt = -1;
  let ownersOnly: Set<string> | null = null;
  let pluralSubject = false;
  let leadersOf = false;
  let absent: Set<string> | null = null;
  // Only a meeting the text calls trilateral or the like: "the leaders of the UAE and Saudi Arabia"
  // in a lead usually sums up meetings the story then tells one by one.
  const sized = MORE_SIDED.test(text.slice(trigger.clauseStart, trigger.clauseEnd));
  // "held back-to-back talks with the leaders of A and B": one meeting with each, each country's leader.
  const eachLeader = !sized && SEPARATE_TALKS.test(text.slice(trigger.clauseStart, trigger.clauseEnd));
  // "Consultations between Pakistan and Bangladesh were held": the countries the talks were between are its sides.
  // So "Fidan chaired the meeting between the delegations of Ukraine and Russia", from its noun on.
  const heldNoun = trigger.id === 'held-talks' ? HELD_NOUN_END.exec(text.slice(trigger.start, trigger.end)) : null;
  const betweenFrom = heldNoun ? trigger.start + heldNoun.index : trigger.start;
  const between = heldNoun || trigger.id === 'talks-with' || trigger.id === 'talks-noun' || trigger.id === 'talks-phrase' ? TALKS_BETWEEN.exec(text.slice(betweenFrom, trigger.end + 40)) : null;
  let betweenEnd = between ? betweenFrom + between[0].length : -1;
  // Mentions come sorted by start: begin a little before the clause (a mention may straddle its start)
  // rather than at the sentence's first, which matters in a sentence of thousands of names.
  for (let k = firstAtLeast(mentions, trigger.clauseStart - LONGEST_MENTION, mentionStart); k < mentions.length; k++) {
    const m = mentions[k];
    if (m.start >= trigger.clauseEnd) break;
    if (m.end <= trigger.clauseStart) continue;
    const before = text.slice(Math.max(trigger.clauseStart, m.start - 40), m.start);
    const after = text.slice(m.end, Math.min(trigger.clauseEnd, m.end + 30));
    // "talked about the spring meetings of the World Bank and the IMF": what was talked about, not who talked.
    if (m.start > trigger.end && m.start - trigger.end < 200 && ABOUT_BETWEEN.test(text.slice(trigger.end, m.start))) continue;
    if (m.kind === 'person' || m.kind === 'pronoun') {
      const p = registry.get(m.personId!);
      if (!p) continue;
      // "With his host, President Mirziyoyev, Modi focused on ...": the "his" is the subject's, named after the phrase.
      if (m.kind === 'pronoun' && trigger.form === 'fronted' && m.start < trigger.end + 8 && /^with$/i.test(text.slice(trigger.start, trigger.end))) continue;
      if (isNonParticipantRole(p.role)) continue;
      // Not "After talks with Erdogan, Putin told reporters ...": the subject after the fronted talks is the other side.
      // Not "Starmer and Scholz said ...", when what the pair said is the act itself.
      if (m.kind === 'person' && (REPORTER_BEFORE.test(before) || REPORTER_AFTER.test(after)) && personIds.length >= 1 && trigger.id !== 'joint-outcome'
        && !(m.start > trigger.end && FRONTED_THEN_SUBJECT.test(text.slice(trigger.clauseStart, m.start)))) continue;
      // "Yuri Ushakov, foreign policy aide to President Vladimir Putin": whom someone serves is not there.
      if (m.kind === 'person' && SERVES_BEFORE.test(before)) continue;
      // "preparing the second phase of President Donald Trump's plan": his plan, not his presence, where
      // someone else of his side is there (see below).
      if (m.kind === 'person' && HIS_THING_AFTER.test(after) && !personIds.includes(p.id)) { (ownersOnly ??= new Set()).add(p.id); personIds.push(p.id); continue; }
      // "Kerry, who serves as President Joe Biden's Special Presidential Envoy for Climate": the same, in the
      // possessive. "welcomed Xi Jinping's envoy Li Hui": the leader stands for the envoy the titles cannot place.
      const served = m.kind === 'person' ? SERVED_AFTER.exec(text.slice(m.end, Math.min(trigger.clauseEnd, m.end + 90))) : null;
      const named = served ? NAME_AFTER_TITLE.exec(text.slice(m.end + served[0].length, Math.min(trigger.clauseEnd, m.end + 150))) : null;
      if (served && !(named && !mentions.some((x) => x.kind === 'person' && x.start > m.end && x.start <= m.end + served[0].length + named[0].length + 2))) continue;
      // "since the Lee Jae-myung government took office": a government named for its head.
      if (m.kind === 'person' && GOVERNMENT_AFTER.test(after) && /\bthe\s+$/i.test(before)) continue;
      // "since the interim government led by Muhammad Yunus took charge": whom a government answers to.
      if (m.kind === 'person' && GOVERNMENT_LED_BEFORE.test(before)) continue;
      // "condolences on the death of the late Amir", "on behalf of President Biden": not there in person.
      // So "Her Majesty Queen Sirikit, the Queen Mother": her apposition is the one who died too.
      if (m.kind === 'person' && m.personId && absent?.has(m.personId)) continue;
      if (m.kind === 'person' && (ABSENT_BEFORE.test(before) || MOURNED_AFTER.test(after))) { if (m.personId) (absent ??= new Set()).add(m.personId); continue; }
      // "the forthcoming visit of President Vladimir Putin": another event's guest.
      if (m.kind === 'person' && OTHER_VISIT_BEFORE.test(before)) continue;
      // "the first such negotiations since President Donald Trump returned to office": a time named by him.
      if (m.kind === 'person' && OFFICE_TAKEN_AFTER.test(after) && TIME_WORD_BEFORE.test(before)) continue;
      // "conveyed greetings from President Tokayev to the head of state": the sender is not in the room.
      if (m.kind === 'person' && trigger.id === 'conveyed-in-person' && m.start < trigger.end && SENDER_BEFORE.test(before)) continue;
      if (m.kind === 'person' && carriedFrom(trigger, m, text)) continue;
      // "the two leaders held talks before Interior Minister Faeser and Kenya's Mudavadi signed": those
      // named in the next clause act in it; the talks are the two leaders'.
      if (pluralSubject && m.start > trigger.end && SUBORDINATE_BETWEEN.test(text.slice(trigger.end, m.start))) continue;
      // "signed letters inviting Presidents Tshisekedi and Kagame to the White House": those invited are not there.
      if (m.start > trigger.end && m.start - trigger.end < 200 && INVITING_BETWEEN.test(text.slice(trigger.end, m.start))) continue;
      // "called Modi to share ... the results of his talks in Moscow with U.S. special envoy Steve Witkoff": another meeting's guest.
      if (m.start > trigger.end && m.start - trigger.end < 240 && RESULTS_OF_TALKS_BETWEEN.test(text.slice(trigger.end, m.start))) continue;
      addPerson(personIds, p.id);
      ownersOnly?.delete(p.id);
      if (firstPersonAt < 0) firstPersonAt = m.start;
    } else if (m.kind === 'plural') {
      // "talks with the leaders of Armenia and Azerbaijan": those leaders, named by their countries next.
      if (eachLeader && /^\s+of\s/.test(after)) continue;
      plural = true;
      if (pluralAt < 0) pluralAt = m.start;
      if (m.end <= trigger.start) pluralSubject = true;
    } else if (m.kind === 'role' && m.iso3 && m.role !== 'counterpart') {
      // "the Presidents of Kyrgyzstan and Tajikistan signed ...": each country's one leader the story names.
      const leader = m.role && PLURAL_LEADERS.test(m.role) ? onlyLeaderOf(m.iso3, registry) : null;
      if (leader) addPerson(personIds, leader);
      else if (!countries.some((x) => x.iso3 === m.iso3)) countries.push({ iso3: m.iso3, role: m.role, start: m.start, end: m.end });
    } else if (m.kind === 'role' && m.org && !NAMED_MEETING_AFTER.test(after)
      // Not "President Ghazouani, the current Chairperson of the African Union": an office of the one just named.
      && !(k > 0 && mentions[k - 1].kind === 'person' && APPOSED_OFFICE_BETWEEN.test(text.slice(mentions[k - 1].end, m.start)))) {
      if (!orgs.includes(m.org)) orgs.push(m.org);
      if (m.role && !(m.org in orgRoles)) orgRoles[m.org] = m.role;
    } else if (m.kind === 'country' && m.start > trigger.end && TIME_CLAUSE_SUBJECT_BEFORE.test(before)) {
      // "the first contact between the two leaders since Russia launched its war": the subject of a time clause.
      continue;
    } else if (m.kind === 'country' && pluralSubject && m.start > trigger.end && SUBORDINATE_BETWEEN.test(text.slice(trigger.end, m.start))) {
      // "the two held talks ... a day after Turkey dropped its objection": the next clause's actor.
      continue;
    } else if (m.kind === 'country' && !m.weak && m.iso3 && betweenEnd >= 0 && BETWEEN_NEXT.test(text.slice(betweenEnd, m.start))
      && text[m.start - 1] !== '-' && text[m.end] !== '-' && !POSSESSIVE_AFTER.test(after)) {
      if (!countries.some((x) => x.iso3 === m.iso3)) countries.push({ iso3: m.iso3, role: null, start: m.start, end: m.end });
      betweenEnd = m.end;
    } else if (m.kind === 'country' && !m.weak && m.iso3 && (!LOCATIVE_BEFORE.test(before) || ((sized || eachLeader) && OFFICIALS_OF_BEFORE.test(before)) || PEOPLE_FROM_BEFORE.test(before)) && !CITY_APPOSITION_BEFORE.test(before) && !POSSESSIVE_AFTER.test(after) && !coordinatedWithPlace(k, mentions, text, sized || eachLeader)
      // "EU-Turkey cooperation", "the Kazakh-Mongolian council": a compound's part qualifies a noun.
      && text[m.start - 1] !== '-' && text[m.end] !== '-') {
      // A capital or country as a side only when it stands as subject or object, not as a place.
      const word = text.slice(m.start, m.end);
      // "the heads of state of Mongolia, China and Russia": each country's one leader the story names.
      if ((sized || eachLeader) && LEADERS_OF_BEFORE.test(before)) leadersOf = true;
      else if (leadersOf && !LIST_JOIN.test(text.slice(mentions[k - 1]?.end ?? 0, m.start))) leadersOf = false;
      const leader = leadersOf ? onlyLeaderOf(m.iso3, registry) : null;
      if (leader) addPerson(personIds, leader);
      else if (PROPER_WORD.test(word) && !countries.some((x) => x.iso3 === m.iso3)) countries.push({ iso3: m.iso3, role: null, start: m.start, end: m.end });
    } else if (m.kind === 'org' && m.org && betweenEnd >= 0 && BETWEEN_NEXT.test(text.slice(betweenEnd, m.start)) && !EVENT_AFTER.test(after)) {
      if (!orgs.includes(m.org)) orgs.push(m.org);
      betweenEnd = m.end;
    } else if (m.kind === 'org' && m.org && (ORG_PARTY_BEFORE.test(before) || ADDRESSED_BODY_OF.test(text.slice(Math.max(trigger.clauseStart, m.start - 90), m.start)) || (AND_AFTER.test(after) && mentions[k + 1]?.kind === 'country') || ORG_PEOPLE_AFTER.test(after)) && !EVENT_AFTER.test(after)) {
      // "The African Union and China held their dialogue": an organisation paired with a country is a side.
      // So "the three EU officials held a separate exchange with Xi".
      if (!orgs.includes(m.org)) orgs.push(m.org);
    }
  }
  if (trigger.id === 'received') {
    // "welcomed a plan" is not a reception: the one received must be a person or a title.
    // Past the place it happened: "received at the Ministry in Baku the newly appointed Ambassador".
    // "received a delegation of the Asian Development Bank headed by its President": the head of it.
    const delegation = DELEGATION_NEXT.test(text.slice(trigger.end, trigger.end + 40));
    // "received in audience this Tuesday, January 23, 2024, at the Presidential Palace in Abidjan-Plateau,
    // the Secretary of State ...": the guest after the day and the place.
    // "received two guests at the Merdeka Palace, Jakarta: A and B": the guests after the colon.
    const aside = GUESTS_COUNTED_NEXT.exec(text.slice(trigger.end, trigger.end + 100))?.[0].length ?? RECEPTION_ASIDE.exec(text.slice(trigger.end, trigger.end + 200))?.[0].length ?? 0;
    const next = mentions.find((m) => m.start >= trigger.end && m.start <= trigger.end + aside + (delegation ? 160 : 80)
      && !(delegation && m.kind !== 'person')
      && !(m.kind === 'country' && (m.end <= trigger.end + aside || LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)))));
    // "Pezeshkian also received the IAEA chief": an organisation's head named by the organisation.
    const orgHead = next?.kind === 'org' && ORG_HEAD_AFTER.test(text.slice(next.end, next.end + 24));
    // "welcomed a delegation of the United States Congress", "received a Chinese delegation": the country's delegation.
    const delegationOf = delegation ? mentions.find((m) => m.kind === 'country' && m.iso3 && m.start > trigger.end && m.start < trigger.end + 60 && DELEGATION_OF_BEFORE.test(text.slice(trigger.end, m.start))) : undefined;
    if (delegationOf && !countries.some((x) => x.iso3 === delegationOf.iso3)) countries.push({ iso3: delegationOf.iso3!, role: null, start: delegationOf.start, end: delegationOf.end });
    if ((!next || (next.kind !== 'person' && next.kind !== 'role' && next.kind !== 'pronoun' && !orgHead)) && !delegationOf && !ROLE_GROUP_NEXT.test(text.slice(trigger.end, trigger.end + 60))) return { personIds: [], countries: [], orgs: [] };
  }
  if (ownersOnly) {
    const present = personIds.filter((id) => !ownersOnly!.has(id)).map((id) => sideOf(registry.get(id)!));
    for (const id of ownersOnly) if (present.includes(sideOf(registry.get(id)!))) personIds.splice(personIds.indexOf(id), 1);
  }
  const parties: Parties = { personIds, countries, orgs, orgRoles };
  // "During the talks with X" / "Meeting with X": the other side is the article's protagonist, also
  // when his country is named only in passing ("the summit of the heads of Kyrgyzstan and Uzbekistan").
  if (protagonist && trigger.form === 'fronted' && !personIds.includes(protagonist)) {
    const prot = registry.get(protagonist)!;
    const protSide = sideOf(prot);
    const sides = sidesOf(parties, registry);
    const named = personIds.some((id) => sideOf(registry.get(id)!) === protSide);
    // "Meeting the defence minister, he offered ...": the one the pronoun names is the other side.
    const pronounSide = mentions.some((m) => m.kind === 'pronoun' && m.personId && m.personId !== protagonist && SUBJECT_PRONOUN.test(text.slice(m.start, m.end)) && m.start >= trigger.clauseStart && m.start < trigger.clauseEnd && personIds.includes(m.personId));
    if (protSide && !named && !pronounSide && (sides.size < 2 || sides.has(protSide))) addPerson(personIds, protagonist);
  }
  // "The centrepiece of the trip was Monday's meeting with Biden": a meeting noun with no one before it
  // in its clause is the protagonist's, as a fronted one is.
  if (protagonist && trigger.form === 'verb' && MEETING_NOUN.test(text.slice(trigger.start, trigger.end)) && DAY_OR_HIS_BEFORE.test(text.slice(Math.max(trigger.clauseStart, trigger.start - 16), trigger.start))
    && !personIds.includes(protagonist) && sidesOf(parties, registry).size === 1
    && !subjectNamed(trigger, mentions, text, true)) {
    const prot = registry.get(protagonist)!;
    const side = sideOf(prot);
    if (side && !sidesOf(parties, registry).has(side)) addPerson(personIds, protagonist);
  }
  // "The prime minister had a warm and informal meeting with President Abbas": in a story that follows a
  // prime minister, the bare title before the verb is him (not "the president", who may be anyone).
  // So too "the vice president was received by President Herzog", where the story names one vice president,
  // and "Later in the day, the Minister met his Norwegian counterpart" in a story that follows a minister.
  const bare = BARE_HEAD_BEFORE.exec(text.slice(Math.max(trigger.clauseStart, trigger.start - 40), trigger.start));
  if (bare && !subjectNamed(trigger, mentions, text, false)) {
    const title = bare[1].toLowerCase();
    const holders = registry.people.filter((x) => x.role && x.role.toLowerCase() === title && sideOf(x) !== null);
    const prot = protagonist ? registry.get(protagonist) : undefined;
    const who = prot && prot.role?.toLowerCase().includes(title) ? prot : holders.length === 1 ? holders[0] : undefined;
    const side = who ? sideOf(who) : null;
    if (who && side && !personIds.includes(who.id)) {
      // One carried in from an earlier sentence for the missing subject gives way to the one the title names.
      // Not "at the President's Residence": a title in the possessive before a capitalised noun names a place.
      const named = (id: string) => mentions.some((m) => m.personId === id && m.start >= trigger.clauseStart && m.end <= trigger.clauseEnd && !INSTITUTION_AFTER.test(text.slice(m.end, m.end + 12)));
      for (let k = personIds.length - 1; k >= 0; k--) if (!named(personIds[k]) && sideOf(registry.get(personIds[k])!) === side) personIds.splice(k, 1);
      if (!sidesOf(parties, registry).has(side)) addPerson(personIds, who.id);
    }
  }
  // "Rahmon also called to offer his congratulations": the one called is the article's protagonist.
  if (protagonist && trigger.id === 'phone-call-verb' && sidesOf(parties, registry).size === 1 && /^\s+to\s/.test(text.slice(trigger.end, trigger.end + 5))) {
    const prot = registry.get(protagonist);
    const side = prot ? sideOf(prot) : null;
    if (prot && side && !sidesOf(parties, registry).has(side)) addPerson(personIds, protagonist);
  }
  // "Today, the head of state received the credentials of ...": in a leader's own press release, the leader.
  // "Kadia presented his credentials to the head of state": the same leader, after the verb.
  if (protagonist && sidesOf(parties, registry).size < 2 && (BARE_LEADER_BEFORE.test(text.slice(Math.max(trigger.clauseStart, trigger.start - 40), trigger.start))
    || BARE_LEADER_AFTER.test(text.slice(trigger.end, Math.min(trigger.clauseEnd, trigger.end + 60))))) {
    const prot = registry.get(protagonist);
    const side = prot?.country ?? null;
    if (prot && side && isLeaderRole(prot.role) && !sidesOf(parties, registry).has(side)) addPerson(personIds, protagonist);
  }
  // "Senator the Hon Penny Wong, Minister for Foreign Affairs ... Today in Beijing I met Wang Yi": a
  // minister's own media release; "I" outside quotation marks is its author, named in its header.
  // An op-ed's byline or signature names its writer outright (authorOf). "Held wide-ranging talks today
  // with FM Amir-Abdollahian.", "Then talks with my friend Dr S. Jaishankar": a post's sentence without a
  // subject is its writer's too.
  const firstPerson = writer ?? protagonist;
  if (firstPerson && sidesOf(parties, registry).size < 2) {
    const before = text.slice(trigger.clauseStart, trigger.start);
    const spoken = (FIRST_PERSON_SUBJECT.test(before) && !QUOTE_MARK.test(text.slice(Math.max(0, trigger.clauseStart - 200), trigger.start)))
      || (writer !== null && NO_SUBJECT_BEFORE.test(before));
    const author = spoken ? registry.get(firstPerson) : undefined;
    const side = author ? sideOf(author) : null;
    if (author && side && (writer || (author.first <= 3 && author.role)) && !sidesOf(parties, registry).has(side)) addPerson(personIds, firstPerson);
  }
  // "The Deputy Prime Minister called on the Acting Prime Minister of Afghanistan, ...", in a release that
  // opened on "Deputy Prime Minister/Foreign Minister Senator Mohammad Ishaq Dar": a title standing alone
  // as the subject is the one person the story first gave it to (of a side not in the clause yet).
  if (sidesOf(parties, registry).size < 2) {
    const bare = BARE_TITLE_SUBJECT.exec(text.slice(Math.max(trigger.clauseStart, trigger.start - 80), trigger.start));
    if (bare && /\s/.test(bare[1])) {
      const sides = sidesOf(parties, registry);
      let titled: string | null = null;
      let at = Infinity;
      for (const p of registry.people) {
        const side = sideOf(p);
        if (!side || sides.has(side)) continue;
        for (const m of p.mentions) {
          if (m.start >= at || m.start >= trigger.start) break;
          if (text.slice(Math.max(0, m.start - 60), m.end).includes(bare[1])) { titled = p.id; at = m.start; break; }
        }
      }
      // "The Prime Minister spoke to President-elect Trump this evening. ... Sir Keir Starmer said ...": a
      // Number 10 readout names its own leader only later; the one person of another side holding that title.
      if (!titled) {
        const title = bare[1].toLowerCase();
        const holders = registry.people.filter((p) => p.role && sameOffice(p.role, title) && sideOf(p) !== null && !sides.has(sideOf(p)!));
        if (holders.length === 1) titled = holders[0].id;
      }
      if (titled) addPerson(personIds, titled);
    }
  }
  // "the residence of Vice President JD Vance, who welcomed the Taoiseach": "who" is the one named right before.
  // Not when the main clause tells of another time: "recalled the July visit of X, who held talks with Tokayev".
  // Also when the clause names that side only as a country ("who ... told him that Moscow recognised ...").
  if (WHO_OPENS.test(text.slice(trigger.clauseStart, trigger.clauseStart + 6))
    && !OTHER_TIME_BEFORE.test(text.slice(Math.max(0, trigger.clauseStart - 200), trigger.clauseStart).split(SENTENCE_END).pop()!)) {
    let m: ActorMention | null = null;
    const first = firstAtLeast(mentions, trigger.clauseStart, mentionStart);
    for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
      const x = mentions[k];
      if (x.kind === 'person' && x.personId && x.end <= trigger.clauseStart && trigger.clauseStart - x.end <= 3) { m = x; break; }
    }
    const who = m ? registry.get(m.personId!) : undefined;
    const side = who ? sideOf(who) : null;
    if (who && (sidesOf(parties, registry).size < 2 || (side && !personIds.some((id) => sideOf(registry.get(id)!) === side)))) addPerson(personIds, who.id);
  }
  // "X called on Li Qiang ..., and later held talks with Wang Yi": the later act is X's too.
  if (SUBJECTLESS_NEXT.test(text.slice(trigger.clauseStart, trigger.clauseStart + 70)) && sidesOf(parties, registry).size < 2) {
    const subject = mentions.find((m) => m.end <= trigger.clauseStart && (m.kind === 'person' || m.kind === 'pronoun' || m.kind === 'plural'));
    if (subject?.personId) addPerson(personIds, subject.personId);
    // "The two leaders first paid tribute ..., before holding talks at the Mariinskyi Palace": the pair's.
    else if (subject?.kind === 'plural' && !plural) { plural = true; pluralAt = subject.start; }
  }
  // "Rutte arrived in Kyiv on Thursday ..., two days after succeeding Stoltenberg, and held talks with
  // Zelensky": the verb after ", and" has the sentence's subject. So "Modi began his programme ..., by meeting Gabbard".
  if (sidesOf(parties, registry).size < 2 && AND_VERB_BEFORE.test(text.slice(Math.max(trigger.clauseStart, trigger.start - 16), trigger.start))) {
    const subject = mentions.find((m) => m.end <= trigger.start && (m.kind === 'person' || m.kind === 'pronoun') && m.personId);
    if (subject && !text.slice(subject.end, trigger.start).includes(';')) addPerson(personIds, subject.personId!);
  }
  // "The two leaders met": both sides of the engagement being told, unless the clause names them itself.
  // So too when the pair is the clause's subject and the people named after it are their teams: "The two
  // heads of state first met privately and then led an expanded meeting, with Foreign Minister A on the
  // Chilean side and Foreign Minister B among the ministers travelling with the Brazilian president".
  const pairSubject = pluralSubject && firstPersonAt > pluralAt ? PAIR_SUBJECT_AT.exec(text.slice(pluralAt, pluralAt + 40)) : null;
  const pairActs = pairSubject !== null && /^\s+(?:[a-z]+\s+){0,2}$/.test(text.slice(pluralAt + pairSubject[0].length, trigger.start));
  if (plural && active && (sidesOf(parties, registry).size < 2 || pairActs)) {
    // "Afterwards Scholz met the outgoing Premier, Li Keqiang, and the two spoke": a side the clause names
    // keeps its own person; the engagement told before fills only the side it leaves out.
    // Not "The leaders first met one-on-one and then ..., with Jaishankar and Singh on the Indian side": named after the two.
    const named = firstPersonAt >= 0 && firstPersonAt < pluralAt ? sidesOf(parties, registry) : new Set<string>();
    for (const id of active.personIds) { const side = sideOf(registry.get(id)!); if (!side || !named.has(side)) addPerson(personIds, id); }
    for (const c of active.countries) if (!countries.some((x) => x.iso3 === c.iso3)) countries.push(c);
  } else if (plural && !active && sidesOf(parties, registry).size < 2) {
    // "The two leaders met" right after a lead that named them: the people just mentioned, one per side.
    // A side the clause names only as a country ("the fourth Viet Nam – Thailand retreat") still takes its person.
    const pair = /^(?:the\s+)?(?:two|both)\b/i.test(text.slice(pluralAt, pluralAt + 10));
    // "The two leaders met" after a headline naming five: two sides, the nearest named.
    const pick = (ids: string[]): string[] => {
      const seen = new Set<string>();
      const picked: string[] = [];
      for (const id of personIds) { const side = sideOf(registry.get(id)!); if (side) seen.add(side); }
      for (const id of ids) {
        const side = sideOf(registry.get(id)!);
        if (pair && picked.length >= 2) break;
        if (side && !seen.has(side)) { seen.add(side); picked.push(id); }
      }
      return picked;
    };
    // "Talks between the two Presidents": of the people named just before, those who hold the office
    // (not the party leader who invited the guest); anyone, when the story names too few of them.
    const office = PLURAL_OFFICE.exec(text.slice(pluralAt, pluralAt + 40))?.[1].toLowerCase() ?? null;
    const twoSided = (ids: string[]): boolean => sidesOf({ personIds: [...personIds, ...ids], countries, orgs }, registry).size >= 2;
    const chosen = (holds: (id: string) => boolean): string[] => {
      const near = pick(recent(false).filter(holds));
      // "Earlier on Thursday, the two leaders held talks" four sentences after the story last named them,
      // with a recalled predecessor in between: the most-named person of each side in the paragraphs before.
      const far = pair && !twoSided(near) ? pick(recent(true).filter(holds)) : [];
      return far.length >= 2 || (office && twoSided(far)) ? far : near;
    };
    const byOffice = office ? chosen((id) => holdsOffice(registry.get(id)?.role ?? null, office)) : [];
    for (const id of byOffice.length && twoSided(byOffice) ? byOffice : chosen(() => true)) addPerson(personIds, id);
    // "The leaders of South Korea, Japan and China agreed ..., as they met in Seoul": the leaders the
    // sentence named by their countries, each the one leader of it the story names.
    if (sidesOf(parties, registry).size < 2) for (const id of leadersNamedBefore(mentions, text, trigger.clauseStart, registry)) addPerson(personIds, id);
  }
  // "Rubio and Lavrov agreed on Tuesday ..., after the highest-level talks between Washington and Moscow":
  // talks between countries only, whose people the sentence named before them.
  if (between && countries.length >= 2 && !personIds.length) {
    for (const m of mentions) {
      if (m.start >= trigger.start) break;
      const c = m.kind === 'person' && m.personId ? registry.get(m.personId)?.country : null;
      if (c && countries.some((x) => x.iso3 === c)) addPerson(personIds, m.personId!);
    }
  }
  // "Senior U.S. and Russian officials agreed ..., in the first talks between the two governments": the
  // two countries whose officials the sentence names.
  // So "The Saudi and Iranian delegations had been holding talks in Beijing".
  if (sidesOf(parties, registry).size < 2 && OFFICIALS_WORD.test(text.slice(Math.max(0, trigger.clauseStart - 200), trigger.start))) {
    for (let k = 0; k + 1 < mentions.length; k++) {
      const a = mentions[k], b = mentions[k + 1];
      if (a.kind !== 'country' || b.kind !== 'country' || !a.iso3 || !b.iso3 || a.iso3 === b.iso3 || a.end > trigger.start) continue;
      if (!plural && a.start < trigger.clauseStart) continue;
      if (!/^\s+and\s+$/.test(text.slice(a.end, b.start)) || !OFFICIALS_NEXT.test(text.slice(b.end, b.end + 30))) continue;
      for (const m of [a, b]) if (!countries.some((x) => x.iso3 === m.iso3)) countries.push({ iso3: m.iso3!, role: null, start: m.start, end: m.end });
      break;
    }
  }
  // "Kishida and Yoon agreed ..., as Yoon made the first visit to Japan by a South Korean president in 12
  // years": a visit whose clause names only the guest is with the official of the country it went to
  // whom the sentence names.
  if (trigger.id === 'visited' && personIds.length === 1 && sidesOf(parties, registry).size === 1 && !ON_A_VISIT.test(text.slice(trigger.start, trigger.end))) {
    const dest = mentions.find((m) => m.kind === 'country' && m.iso3 && !m.weak && m.start >= trigger.end && VISIT_DESTINATION_GAP.test(text.slice(trigger.end, m.start)));
    const guestSide = sideOf(registry.get(personIds[0])!);
    // Of the same statement: not "during Tokayev's state visit to Ankara in May 2022; Erdoğan paid a return visit to Astana".
    const from = text.lastIndexOf(';', trigger.start) + 1;
    const host = dest && dest.iso3 !== guestSide ? mentions.find((m) => m.kind === 'person' && m.personId && m.personId !== personIds[0] && m.end <= trigger.start && m.start >= from
      && !isNonParticipantRole(registry.get(m.personId)?.role ?? null) && registry.get(m.personId)?.country === dest.iso3) : undefined;
    if (host) addPerson(personIds, host.personId!);
  }
  return parties;
}
// "who is on a state visit to China": the guest's stay, told beside the act that is the engagement.
const ON_A_VISIT = /^(?:on|during|for|in)\b/i;
// What stands between a visit's words and the country it went to: "visit to", "visit to the".
const VISIT_DESTINATION_GAP = /^\s*(?:to\s+)?(?:the\s+)?$/;
export const PLURAL_OFFICE = /^(?:the\s+)?(?:two|both|three|all three)\s+(presidents|prime ministers|foreign ministers|heads of state)\b/i;
export function holdsOffice(role: string | null, office: string): boolean {
  const r = (role ?? '').toLowerCase();
  if (office === 'presidents') return /\bpresident\b/.test(r) && !/\bvice\b/.test(r);
  if (office === 'prime ministers') return r.includes('prime minister') || r === 'premier';
  if (office === 'foreign ministers') return /\bforeign\b|external affairs/.test(r);
  return isLeaderRole(role);
}
// "Today in Beijing I met Wang Yi", "On Wednesday I was in Beijing for talks with Wang Yi", "Before the speech I
// sat down with ...": the author, a few words before the trigger; not "I was told that X met Y".
const FIRST_PERSON_SUBJECT = /(?:^|[,;]\s*|\b(?:and|then|when|where|after|before|as)\s+|(?:Today|Yesterday|This (?:morning|afternoon|evening|week)|On \p{Lu}\p{Ll}+day|Earlier today)(?:\s+in\s+\p{Lu}[\p{L}-]+)?,?\s+)I\s+(?:(?!(?:that|said|told|heard|read|saw|watched|will|would|hope|expect|plan|look|want|am|wish)\b)[\p{L}'’-]+\s+){0,6}$/u;
const NO_SUBJECT_BEFORE = /^(?:\d{1,2}[./]\s*)?(?:(?:Also|Then|And|Today|Yesterday|Earlier|Later|This (?:morning|afternoon|evening)|(?:Very )?(?:Good|Great|Productive|Excellent|Useful|Warm|Wonderful|Fruitful|Constructive))\s+)?$/;
const QUOTE_MARK = /["“”]/;
const DELEGATION_OF_BEFORE = /^\s+(?:an?|the)\s+(?:(?:high-level|parliamentary|congressional|bipartisan|government|visiting|business)\s+){0,2}delegation\s+(?:of|from)\s+(?:the\s+)?$|^\s+(?:an?|the)\s+(?:high-level\s+)?$/;
const OFFICIALS_WORD = /\b(?:officials|delegations|negotiators|diplomats|teams|envoys)\b/;
const OFFICIALS_NEXT = /^\s+(?:(?:senior|top|high-level)\s+)?(?:officials|delegations|negotiators|diplomats|teams|envoys)\b/;
