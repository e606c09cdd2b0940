import pg from 'pg';

/**
 * A connection pool that graphile-worker borrows and Readout ends. Given only a connection string,
 * graphile-worker ends its own pool without waiting and drops its error handlers first, so a
 * connection the server closes a moment later (a restart, a dropped database) becomes an uncaught
 * error in the process. Owning the pool keeps the handlers on until every connection is closed.
 */
export function queuePool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  // Idle or checked-out, a connection the server drops is replaced on the next query; the job that
  // used it fails and is retried by the queue.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}
