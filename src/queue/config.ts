import { UserError } from '../model/errors.ts';

/** The graphile-worker task every queued article runs as. */
export const ARTICLE_TASK = 'readout_article';

/** graphile-worker's own schema unless told otherwise; several Readout deployments can share a server. */
export const DEFAULT_QUEUE_SCHEMA = 'graphile_worker';

/** The queue lives in PostgreSQL: every worker, on any machine, must reach the same server. */
export function queueDatabase(target: string): string {
  if (!/^postgres(ql)?:\/\//i.test(target)) {
    throw new UserError(
      'queue-needs-postgres',
      `the job queue needs a PostgreSQL store, but the store is "${target}"`,
      'Pass --db postgres://user@host:5432/database (or set DATABASE_URL) on both the enqueueing and the worker side',
    );
  }
  return target;
}

export function queueSchema(name: string | undefined): string {
  const s = (name ?? process.env.READOUT_QUEUE_SCHEMA ?? DEFAULT_QUEUE_SCHEMA).trim();
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(s)) {
    throw new UserError('bad-option', `queue schema "${s}" is not a plain lower-case PostgreSQL name`, 'Use letters, digits and underscores, e.g. --queue-schema readout_queue');
  }
  return s;
}
