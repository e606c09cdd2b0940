import { readFileSync } from 'node:fs';
import { UserError } from '../../../model/errors.ts';

/** One validation record: the sentence and the CAMEO codes PETRARCH-2's validators expect (none for noevents). */
export interface PetrarchGold {
  id: string;
  category: string;
  text: string;
  codes: string[];
}

const RECORD_RE = /<Sentence\b([^>]*)>([\s\S]*?)(?=<Sentence\b|<\/Sentences>|$)/g;
const ATTR_RE = /(\w+)="([^"]*)"/g;

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(ATTR_RE)) out[m[1]] = m[2];
  return out;
}

/**
 * Reads PETR2_GSR_validation.xml. The file is not well-formed XML (its header is free text and each
 * <Sentence> tag is self-closed before its children), so records are cut at each <Sentence> tag.
 * Records with evaluate="false" or no text are skipped.
 */
export function readPetrarchGsr(path: string): PetrarchGold[] {
  let body: string;
  try {
    body = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UserError('peers-file', `${path} could not be read: ${(err as Error).message}`,
      'point --peers at the folder holding PETR2_GSR_validation.xml');
  }
  const start = body.indexOf('<Sentences>');
  if (start < 0) throw new UserError('peers-file', `${path} has no <Sentences> element`, 'use the validation file from the UniversalPetrarch repository');
  const out: PetrarchGold[] = [];
  for (const m of body.slice(start).matchAll(RECORD_RE)) {
    const a = attrs(m[1]);
    if (a.evaluate === 'false') continue;
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(m[2])?.[1].replace(/\s+/g, ' ').trim() ?? '';
    if (!text) continue;
    const codes = [...m[2].matchAll(/<EventCoding\b([^>]*)\/?>/g)].map((c) => attrs(c[1]).eventcode).filter((c): c is string => !!c);
    out.push({ id: a.id ?? `record-${out.length + 1}`, category: a.category ?? '', text, codes });
  }
  if (!out.length) throw new UserError('peers-file', `${path} holds no records with text`, 'use the validation file from the UniversalPetrarch repository');
  return out;
}
