import type { Store } from '../db.ts';
import { swapSqlitePragma } from './sqlite-pragma.ts';

/** SQLite's codes for where temporary B-trees live. */
export const TEMP_STORE = { default: 0, file: 1, memory: 2 } as const;

/**
 * Sets where a SQLite connection keeps its temporary B-trees (sorts, GROUP BY, DISTINCT) and returns
 * the code it had; null on PostgreSQL. By default each one is a temporary file: the rollup triggers
 * build a small GROUP BY for every country row an engagement gains, and setting up that file cost
 * about as much as the rest of the trigger. SQLite drops the connection's TEMP tables when this
 * changes; Readout makes none.
 */
export async function setTempStore(store: Store, code: number): Promise<number | null> {
  if (!Object.values(TEMP_STORE).includes(code as never)) throw new RangeError(`temp_store must be 0, 1 or 2, got ${code}`);
  return swapSqlitePragma(store, 'temp_store', code);
}
