import { sql, type Kysely } from 'kysely';
import type { DialectName } from './dialect.ts';

/**
 * What the distributed workers share besides the job queue itself (which graphile-worker keeps in
 * its own schema): a heartbeat per running worker, so a live worker can release the jobs of one
 * that died without waiting hours for their locks to expire, and the articles a worker rejected
 * for good (not English, no text), which retrying would only reject again. PostgreSQL only: the
 * queue needs a server every worker reaches.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`create table queue_workers (
    worker_id text primary key,
    host text not null,
    pid integer not null,
    started_at timestamptz not null default now(),
    seen_at timestamptz not null default now()
  )`.execute(db);
  await sql`create table queue_rejects (
    job_key text primary key,
    url text,
    title text,
    reason text not null,
    rejected_at timestamptz not null default now()
  )`.execute(db);
}

export async function down(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`drop table if exists queue_rejects`.execute(db);
  await sql`drop table if exists queue_workers`.execute(db);
}
