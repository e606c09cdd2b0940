// The seeded store the load and soak runs share: built once under os.tmpdir() and reused while its
// size matches, since seeding a million engagements takes minutes.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/serve/queries/store.ts';
import { seedStore, type Seeded } from './seed.ts';

export async function preparedStore(n: number): Promise<{ file: string; seeded: Seeded }> {
  const file = join(tmpdir(), `readout-load-${n}.db`);
  const meta = `${file}.json`;
  if (existsSync(file) && existsSync(meta)) return { file, seeded: JSON.parse(readFileSync(meta, 'utf8')) as Seeded };
  for (const f of [file, `${file}-wal`, `${file}-shm`, meta]) rmSync(f, { force: true });
  const store = await openStore(file);
  const t0 = Date.now();
  const seeded = await seedStore(store, n, (done) => {
    if (done % 50_000 === 0 || done === n) process.stderr.write(`\rseeded ${done.toLocaleString('en')} / ${n.toLocaleString('en')} engagements (${Math.round((Date.now() - t0) / 1000)} s)`);
  });
  process.stderr.write('\n');
  await store.close();
  // Ids are kept to a sample: enough to spread requests, small enough to reload quickly.
  const sample = { ...seeded, ids: seeded.ids.filter((_, i) => i % Math.max(1, Math.floor(n / 20_000)) === 0) };
  writeFileSync(meta, JSON.stringify(sample));
  return { file, seeded: sample };
}
