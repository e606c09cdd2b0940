import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { ExtractionResult } from '../model/result.ts';

// The first key of PostgreSQL's two-int advisory lock space, so these never meet other lock users.
const LOCK_SPACE = 0x52454144;

/**
 * The sides an article's engagements touch: its countries, organisations, and "nobody" for
 * people with neither. Fusion only merges claims that share two sides and only merges people
 * within one side, so two articles with no side in common never write the same rows.
 */
export function partyLockKeys(result: ExtractionResult): string[] {
  const keys = new Set<string>();
  for (const e of result.engagements) {
    for (const p of e.participants) {
      if (p.country) keys.add(`country:${p.country.toUpperCase()}`);
      else if (p.org) keys.add(`org:${p.org.toUpperCase()}`);
      else keys.add('none');
    }
  }
  return [...keys];
}

/** 32-bit lock ids, sorted and distinct: every worker takes them in the same order, so none deadlock. */
export function lockIds(keys: string[]): number[] {
  const ids = keys.map((k) => createHash('sha1').update(k).digest().readInt32BE(0));
  return [...new Set(ids)].sort((a, b) => a - b);
}

/** Waits for each lock in turn on one connection; they are held until released or the session ends. */
export async function lockParties(conn: Kysely<any>, keys: string[]): Promise<void> {
  for (const id of lockIds(keys)) await sql`select pg_advisory_lock(${LOCK_SPACE}, ${id})`.execute(conn);
}

export async function unlockParties(conn: Kysely<any>): Promise<void> {
  await sql`select pg_advisory_unlock_all()`.execute(conn);
}
