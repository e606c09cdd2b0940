import raw from './data/cues.json' with { type: 'json' };
import { OUTCOME_KINDS, type OutcomeKind } from '../../model/engagement.ts';
import { escapeRegExp } from '../../nlp/regex.ts';

/** The cue lists of data/cues.json, checked once and compiled into word-bounded patterns. */
export interface Cues {
  forwardKinds: OutcomeKind[];
  minContentWords: number;
  stopwords: Set<string>;
  agreementForward: RegExp;
  signingObligations: RegExp;
  signingDeclarations: RegExp;
  recalled: RegExp;
  visit: RegExp;
  event: RegExp;
  trade: RegExp;
  /** Body names, longest first, so "business council" wins over "council". */
  bodies: string[];
  bodyCreated: string[];
  bodyAgreed: RegExp;
  notYet: RegExp;
  volumeReached: RegExp;
  volumeApprox: string[];
  deadlineCues: string[];
  seasons: Map<string, string>;
}

function list(key: string): string[] {
  const v = (raw as Record<string, unknown>)[key];
  if (!Array.isArray(v) || !v.length || v.some((x) => typeof x !== 'string' || !x.trim())) {
    throw new Error(`src/fuse/commitments/data/cues.json: "${key}" must be a non-empty list of phrases`);
  }
  return (v as string[]).map((s) => s.toLowerCase());
}

/** A pattern matching any phrase as whole words; longer phrases are tried first. */
export function phrasePattern(phrases: string[], flags = 'i'): RegExp {
  const alts = [...phrases].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, `${flags}u`);
}

function build(): Cues {
  const kinds = list('forwardKinds');
  for (const k of kinds) if (!(OUTCOME_KINDS as readonly string[]).includes(k)) throw new Error(`src/fuse/commitments/data/cues.json: "${k}" is not an outcome kind`);
  const min = (raw as { minContentWords?: unknown }).minContentWords;
  if (typeof min !== 'number' || !Number.isInteger(min) || min < 0) throw new Error('src/fuse/commitments/data/cues.json: "minContentWords" must be a whole number');
  const seasons = (raw as { seasons?: unknown }).seasons;
  if (!seasons || typeof seasons !== 'object') throw new Error('src/fuse/commitments/data/cues.json: "seasons" must map a season to its last day, MM-DD');
  for (const [k, v] of Object.entries(seasons)) if (typeof v !== 'string' || !/^\d\d-\d\d$/.test(v)) throw new Error(`src/fuse/commitments/data/cues.json: season "${k}" must end on a MM-DD day`);
  return {
    forwardKinds: kinds as OutcomeKind[],
    minContentWords: min,
    stopwords: new Set(list('stopwords')),
    agreementForward: phrasePattern(list('agreementForward')),
    signingObligations: phrasePattern(list('signingObligations')),
    signingDeclarations: phrasePattern(list('signingDeclarations')),
    recalled: phrasePattern(list('recalled')),
    visit: phrasePattern(list('visitCues')),
    event: phrasePattern(list('eventCues')),
    trade: phrasePattern(list('tradeCues')),
    bodies: list('bodies').sort((a, b) => b.length - a.length),
    bodyCreated: list('bodyCreated').sort((a, b) => b.length - a.length),
    bodyAgreed: phrasePattern(list('bodyAgreed')),
    notYet: phrasePattern(list('notYet')),
    volumeReached: phrasePattern(list('volumeReached')),
    volumeApprox: list('volumeApprox'),
    deadlineCues: list('deadlineCues'),
    seasons: new Map(Object.entries(seasons as Record<string, string>)),
  };
}

let cached: Cues | null = null;

export function cues(): Cues {
  cached ??= build();
  return cached;
}
