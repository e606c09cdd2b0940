/** The default store: a SQLite file in the working directory. */
export const DEFAULT_STORE = './readout.db';

/** Which store a command opens: --db wins, then DATABASE_URL, then ./readout.db. */
export function storeTarget(db: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (db !== undefined && db.trim() !== '') return db.trim();
  const fromEnv = env.DATABASE_URL?.trim();
  return fromEnv ? fromEnv : DEFAULT_STORE;
}
