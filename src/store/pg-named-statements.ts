import type pg from 'pg';

// Statements one connection keeps prepared. Ingest's statements are a few dozen shapes (prepared.ts),
// so this bounds only a caller that builds SQL with its values inline.
const MAX_PER_CONNECTION = 1000;

/**
 * Makes every parameterised query on the pool's connections a named prepared statement, keyed by
 * its text: PostgreSQL then parses and analyses each distinct statement once per connection instead
 * of on every run, which for ingest's small statements is much of the server's work.
 */
export function nameStatements(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    // Names need only be distinct on their connection: numbered as first seen, no hash of the text per run.
    const named = new Map<string, string>();
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (text: unknown, values?: unknown, callback?: unknown) => {
      if (typeof text === 'string' && Array.isArray(values) && values.length && callback === undefined) {
        let name = named.get(text);
        if (name === undefined && named.size < MAX_PER_CONNECTION) named.set(text, (name = `r_${named.size}`));
        if (name !== undefined) return query({ name, text, values });
      }
      return callback === undefined ? (values === undefined ? query(text) : query(text, values)) : query(text, values, callback);
    };
  });
}
