import { lexicon } from '../lexicon.ts';

// Capitalised words that start sentences or name things but are never part of a person's name.
const NOT_NAME = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'During', 'After', 'Before', 'Meeting', 'Talks', 'According', 'Later', 'Earlier',
  'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'His', 'Her', 'Their', 'Its', 'Our', 'Both', 'And',
  'But', 'Also', 'While', 'When', 'As', 'For', 'With', 'From', 'To', 'Of', 'By', 'Under', 'Speaking', 'Following',
  'Emphasizing', 'Emphasising', 'Stressing', 'Noting', 'Welcoming', 'Among', 'Since', 'Until', 'Amid', 'Despite',
  'Two', 'Three', 'Four', 'Five', 'One', 'First', 'Second', 'Third', 'Last', 'Next', 'Much', 'Many', 'Some', 'All',
  // Months that are also given names (May, June, April, August, Jan) are left to the date reader.
  'January', 'February', 'March', 'July', 'September', 'October', 'November', 'December', 'Feb', 'Mar', 'Apr',
  'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Agency', 'Reuters', 'Xinhua',
  'Palace', 'Hall', 'House', 'Office', 'Guard', 'Declaration', 'Agreement', 'Treaty', 'Summit', 'Forum', 'Council',
  'Assembly', 'Ministry', 'Committee', 'Union', 'Bank', 'Airlines', 'Day', 'Games', 'Plan', 'Programme', 'Program',
  'Initiative', 'Partnership', 'Strategic', 'Joint', 'International', 'National', 'Republic', 'Organization',
  'Organisation', 'Commission', 'Parliament', 'Congress', 'Dialogue', 'Conference', 'Group', 'Corridor', 'Route',
  'Airport', 'University', 'Institute', 'Center', 'Centre', 'Party', 'Army', 'Forces', 'Navy', 'Police', 'News',
  'Times', 'Post', 'Media', 'Press', 'Service', 'Fund', 'Company', 'Corporation', 'Social', 'Sea', 'Ocean', 'River',
  'Region', 'Province', 'Oblast', 'District', 'City', 'State', 'States', 'Kingdom', 'Emirates', 'Islands',
  'Federation', 'War', 'World', 'Cup', 'Expo', 'Week', 'Year', 'Victory', 'Independence', 'Embassy', 'Government',
  'Cabinet', 'Truth', 'Lawn', 'South', 'North', 'East', 'West', 'Central', 'Great', 'General', 'Supreme', 'Chamber',
  'Commerce', 'Guesthouse', 'Museum', 'Square', 'Street', 'Avenue', 'Mission', 'Delegation', 'Statement', 'Readout',
  'Power', 'Siberia', 'Security', 'Development', 'Economic', 'Maritime', 'Comprehensive', 'Community', 'Belt', 'Road',
  'New', 'Growth', 'Acceleration', 'Ecological', 'Transformation', 'Memorandum', 'Understanding', 'Protocol',
  'Charter', 'Accord', 'Pact', 'Framework', 'Vision', 'Action', 'Communique', 'Communiqué', 'Session', 'Meeting',
  'Board', 'Authority', 'Agency', 'Station', 'Plant', 'Project', 'Railway', 'Railways', 'Highway', 'Port', 'Terminal',
  'Gas', 'Oil', 'Energy', 'Mr', 'Mrs', 'Ms', 'Dr', 'If', 'Once', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'However',
  'Meanwhile', 'Separately', 'Additionally', 'Moreover', 'Furthermore', 'Instead', 'Still', 'Yet', 'So', 'Then',
  'Turkic', 'Arab', 'African', 'Asian', 'European', 'Eurasian', 'Pacific', 'Atlantic', 'Caspian', 'Nordic', 'Baltic',
  'Gulf', 'Latin', 'Western', 'Eastern', 'Northern', 'Southern', 'Middle', 'Far', 'Head', 'Heads', 'Minister', 'Ministers',
]);

// A name token: a capitalised word (with inner hyphens/apostrophes) or an initial ("V.", "S.").
// Arabic names keep a lower-case article glued to the next word: "Ahmed al-Sharaa", "Abdel Fattah el-Sisi".
const TOKEN = String.raw`(?:\p{Lu}\.(?:\s?\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*|(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-\p{Lu}[\p{L}\p{M}]*)`;

let nameRe: RegExp | null = null;
function nameRegex(): RegExp {
  if (nameRe) return nameRe;
  const particles = [...lexicon().particles].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // The look-ahead for a possible first letter before the look-behind lets V8 skip most positions cheaply.
  nameRe = new RegExp(String.raw`(?<![\p{L}\p{M}'’\-])(?=[\p{Lu}aeu])${TOKEN}(?:\s+(?:(?:${particles})\s+)*${TOKEN})*`, 'gu');
  return nameRe;
}

export interface NameRun { start: number; end: number; text: string; tokens: string[] }

const nameWordMemo = new Map<string, boolean>();

export function isNameWord(tok: string): boolean {
  const hit = nameWordMemo.get(tok);
  if (hit !== undefined) return hit;
  const r = isNameWordUncached(tok);
  if (nameWordMemo.size > 50000) nameWordMemo.clear();
  nameWordMemo.set(tok, r);
  return r;
}

function isNameWordUncached(tok: string): boolean {
  const lex = lexicon();
  const bare = tok.replace(/['’]s$/, '');
  if (NOT_NAME.has(bare)) return false;
  if (lex.honorifics.has(bare)) return false;
  if (lex.roleHeadSet.has(bare.toLowerCase())) return false;
  if (/^\p{Lu}{2,}$/u.test(bare) && bare.length > 1) return false; // acronyms: SCO, UN, WHO
  return true;
}

/**
 * Runs of capitalised words that could be a person's name, split wherever a word cannot belong to a
 * name (roles, months, institutions). `skip` marks character ranges already explained (places, roles).
 */
export function nameRuns(text: string, skip: (start: number, end: number) => boolean): NameRun[] {
  const out: NameRun[] = [];
  const particles = lexicon().particles;
  const re = nameRegex();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const base = m.index;
    // Split the run into words and keep maximal stretches of name words.
    const words: { s: number; e: number; w: string }[] = [];
    const wre = /\S+/g;
    let w: RegExpExecArray | null;
    while ((w = wre.exec(m[0]))) words.push({ s: base + w.index, e: base + w.index + w[0].length, w: w[0] });
    let cur: typeof words = [];
    const flush = () => {
      // Particles cannot start or end a name.
      while (cur.length && particles.has(cur[0].w)) cur.shift();
      while (cur.length && particles.has(cur[cur.length - 1].w)) cur.pop();
      if (cur.length) {
        let end = cur[cur.length - 1].e;
        let last = cur[cur.length - 1].w;
        if (/['’]s$/.test(last)) { end -= 2; last = last.slice(0, -2); }
        const start = cur[0].s;
        if (end > start) out.push({ start, end, text: text.slice(start, end), tokens: cur.map((c, i) => (i === cur.length - 1 ? last : c.w)) });
      }
      cur = [];
    };
    for (const word of words) {
      // "Hassan Sheikh Mohamud": an honorific inside a name is part of it, only a leading one is a title.
      const ok = particles.has(word.w) || (isNameWord(word.w) && !skip(word.s, word.e))
        || (cur.length > 0 && lexicon().honorifics.has(word.w) && !skip(word.s, word.e));
      if (ok) cur.push(word); else flush();
    }
    flush();
  }
  return out;
}

export function foldToken(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]s$/, '').replace(/[^a-z0-9.\-]/g, '');
}

/** Tokens that identify a person in later mentions: every name word but particles and initials. */
const tokenMemo = new Map<string, string[]>();

export function identifyingTokens(name: string): string[] {
  const hit = tokenMemo.get(name);
  if (hit) return hit;
  const r = identifyingTokensUncached(name);
  if (tokenMemo.size > 50000) tokenMemo.clear();
  tokenMemo.set(name, r);
  return r;
}

function identifyingTokensUncached(name: string): string[] {
  const lex = lexicon();
  return name.split(/[\s]+/)
    .filter((t) => !lex.particles.has(t) && !/^\p{Lu}\.$/u.test(t))
    .flatMap((t) => [t, ...(t.includes('-') ? t.split('-') : [])])
    .map(foldToken)
    .filter((t) => t.length >= 2);
}
