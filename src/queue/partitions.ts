import { sql } from 'kysely';
import type { Store } from '../store/db.ts';

const PARTITIONED = ['articles', 'claims'] as const;

function monthStart(d: Date, ahead: number): string {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + ahead, 1)).toISOString().slice(0, 10);
}

/**
 * Makes this month's and next month's partitions if missing, so rows land in their own month
 * rather than the default partition. Cheap when they exist; workers call it at start and hourly.
 * Returns the partitions created.
 */
export async function ensureMonthPartitions(store: Store, now: Date = new Date(), monthsAhead = 1): Promise<string[]> {
  if (store.dialect !== 'postgres') return [];
  const made: string[] = [];
  for (let ahead = 0; ahead <= monthsAhead; ahead++) {
    const month = monthStart(now, ahead);
    for (const table of PARTITIONED) {
      const r = await sql<{ made: boolean }>`select readout_ensure_month_partition(${table}, ${month}::date) as made`.execute(store.db);
      if (r.rows[0]?.made) made.push(`${table} ${month.slice(0, 7)}`);
    }
  }
  return made;
}
