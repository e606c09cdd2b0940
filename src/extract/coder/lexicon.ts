import { readFileSync } from 'node:fs';
import { UserError } from '../../model/errors.ts';
import { cameo } from '../codes/index.ts';

// The coder's vocabulary lives in data/coder/ so linguists can review it apart from the code; it is
// compiled once, and a bad entry fails loudly naming the class and pattern rather than miscoding.

export type CueRole = 'act' | 'intent' | 'frame';

export interface VerbClass {
  id: string;
  /** PLOVER event this class states when asserted. */
  event: string;
  cameo: string;
  /** CAMEO code when the act is only promised (CAMEO's 03 branch); absent for hostile acts. */
  intentCode: string | null;
  role: CueRole;
  /** A weak intent (plan to, will) only frames the act after it and is no event on its own. */
  weak: boolean;
  re: RegExp;
}

export interface Modality {
  negation: RegExp;
  hypothetical: RegExp;
  obligation: RegExp;
  relative: RegExp;
  nominal: RegExp;
  dateline: RegExp;
  attributiveOrg: RegExp;
  clauseEnd: RegExp;
  frontedClause: RegExp;
  clauseBreak: RegExp;
  coordination: RegExp;
}

export interface CoderLexicon {
  classes: VerbClass[];
  modality: Modality;
}

const ROLES: readonly CueRole[] = ['act', 'intent', 'frame'];

function readData(name: string): Record<string, unknown> {
  const url = new URL(`../../../data/coder/${name}`, import.meta.url);
  let body: string;
  try {
    body = readFileSync(url, 'utf8');
  } catch (err) {
    throw new UserError('coder-lexicon', `data/coder/${name} could not be read: ${(err as Error).message}`,
      'reinstall Readout or restore the file from the repository');
  }
  try {
    return JSON.parse(body) as Record<string, unknown>;
  } catch (err) {
    throw new UserError('coder-lexicon', `data/coder/${name} is not valid JSON: ${(err as Error).message}`,
      'fix the syntax error (a JSON linter shows the line) or restore the file from the repository');
  }
}

function compile(source: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (err) {
    throw new UserError('coder-lexicon', `${where}: invalid regular expression: ${(err as Error).message}`,
      'fix the pattern in data/coder/ (patterns are JavaScript regular-expression sources)');
  }
}

/** Expands {DET}, {ROLE}, {GUEST}, {ACTOR} and {W:n} so patterns stay readable in the data file. */
export function expandMacros(source: string, macros: Record<string, string>, where: string, using: readonly string[] = []): string {
  return source.replace(/\{([A-Z]+)(?::(\d+))?\}/g, (_m, name: string, n: string | undefined) => {
    if (name === 'W') return `(?:[\\w'’.,-]+\\s+){0,${n ?? '3'}}`;
    if (using.includes(name)) {
      throw new UserError('coder-lexicon', `${where}: macro {${name}} uses itself (${[...using, name].join(' → ')})`, 'break the cycle in "macros" in data/coder/verbs.json');
    }
    // Macros may use other macros ({GUEST} is {ROLE} plus a guard).
    const m = macros[name] === undefined ? undefined : expandMacros(macros[name], macros, where, [...using, name]);
    if (m === undefined) {
      throw new UserError('coder-lexicon', `${where}: unknown macro {${name}}`, `define it under "macros" in data/coder/verbs.json or use one of: ${Object.keys(macros).join(', ')}, W:n`);
    }
    return m;
  });
}

function stringList(v: unknown, where: string): string[] {
  if (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
    throw new UserError('coder-lexicon', `${where} must be a non-empty list of pattern strings`, 'fix the entry in data/coder/');
  }
  return v as string[];
}

/** Words before a cue, at most `gap` words ahead of it: the window must end the text, so it is anchored at its end. */
const before = (words: string[], gap: number, where: string) => compile(`(?:^|[^\\p{L}'’])(?:${words.join('|')})\\s+(?:[\\p{L}'’-]+\\s+){0,${gap}}$`, 'iu', where);

export function buildLexicon(verbs: Record<string, unknown>, modality: Record<string, unknown>): CoderLexicon {
  const macros = (verbs.macros ?? {}) as Record<string, string>;
  if (typeof macros !== 'object' || Object.values(macros).some((m) => typeof m !== 'string')) {
    throw new UserError('coder-lexicon', 'data/coder/verbs.json: "macros" must map names to pattern strings', 'fix the "macros" object');
  }
  if (!Array.isArray(verbs.classes) || verbs.classes.length === 0) {
    throw new UserError('coder-lexicon', 'data/coder/verbs.json has no "classes" list', 'restore the file from the repository');
  }
  const seen = new Set<string>();
  const classes: VerbClass[] = (verbs.classes as Record<string, unknown>[]).map((c, i) => {
    const where = `data/coder/verbs.json class ${typeof c.id === 'string' ? `"${c.id}"` : `#${i + 1}`}`;
    if (typeof c.id !== 'string' || !c.id) throw new UserError('coder-lexicon', `${where} has no "id"`, 'give every class a unique id');
    if (seen.has(c.id)) throw new UserError('coder-lexicon', `${where} is defined twice`, 'merge the two classes or rename one');
    seen.add(c.id);
    if (typeof c.event !== 'string' || !/^[A-Z]+$/.test(c.event)) throw new UserError('coder-lexicon', `${where}: "event" must be a PLOVER event name such as "CONSULT"`, 'fix the entry');
    if (!ROLES.includes(c.role as CueRole)) throw new UserError('coder-lexicon', `${where}: "role" must be one of ${ROLES.join(', ')}`, 'fix the entry');
    for (const key of ['cameo', 'intentCode'] as const) {
      const code = c[key];
      if (code === undefined && key === 'intentCode') continue;
      if (typeof code !== 'string' || !cameo(code)) {
        throw new UserError('coder-lexicon', `${where}: "${key}" ${JSON.stringify(code)} is not a CAMEO code in data/codes/cameo.json`, 'write codes as strings with their leading zeros, e.g. "042"');
      }
    }
    const alternation = stringList(c.patterns, `${where} "patterns"`).map((p, j) => {
      const src = expandMacros(p, macros, `${where} pattern ${j + 1}`);
      compile(src, 'u', `${where} pattern ${j + 1}`);
      return src;
    });
    return {
      id: c.id, event: c.event, cameo: c.cameo as string, intentCode: (c.intentCode as string | undefined) ?? null,
      role: c.role as CueRole, weak: c.weak === true,
      // Case-sensitive on purpose: with the i flag, [A-Z] and \\p{Lu} match lower case too, and the
      // patterns need capitals to tell a name ("visited Russia") from a common noun. Patterns are
      // written in lower case and matched on text whose first letter is lowered (see cues.ts).
      re: compile(`(?<![\\p{L}\\p{N}'’-])(?:${alternation.join('|')})(?:(?<=\\s)|(?![\\p{L}\\p{N}]))`, 'gu', where),
    };
  });
  const m = modality;
  const where = (k: string) => `data/coder/modality.json "${k}"`;
  const single = (k: string) => {
    if (typeof m[k] !== 'string' || !(m[k] as string).trim()) throw new UserError('coder-lexicon', `${where(k)} must be a pattern string`, 'fix the entry');
    return m[k] as string;
  };
  return {
    classes,
    modality: {
      // A negation binds tightly ("did not meet"); a modal reaches over a verb phrase ("must hand over the suspects and cooperate").
      negation: before(stringList(m.negation, where('negation')), 2, where('negation')),
      hypothetical: before(stringList(m.hypothetical, where('hypothetical')), 5, where('hypothetical')),
      obligation: before(stringList(m.obligation, where('obligation')), 6, where('obligation')),
      relative: before(stringList(m.relative, where('relative')), 2, where('relative')),
      nominal: compile(single('nominal'), 'iu', where('nominal')),
      // Case matters in a dateline: the filing city is written in capitals or title case.
      dateline: compile(single('dateline'), 'u', where('dateline')),
      clauseEnd: compile(single('clauseEnd'), 'iu', where('clauseEnd')),
      attributiveOrg: compile(single('attributiveOrg'), 'iu', where('attributiveOrg')),
      frontedClause: compile(single('frontedClause'), 'iu', where('frontedClause')),
      clauseBreak: compile(single('clauseBreak'), 'iu', where('clauseBreak')),
      coordination: compile(single('coordination'), 'iu', where('coordination')),
    },
  };
}

let cached: CoderLexicon | null = null;

/** The built-in lexicon from data/coder/, read and compiled on first use. */
export function coderLexicon(): CoderLexicon {
  cached ??= buildLexicon(readData('verbs.json'), readData('modality.json'));
  return cached;
}
