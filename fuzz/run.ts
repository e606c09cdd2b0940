// npm run fuzz — every property with many runs and a fixed seed (FUZZ_SEED and FUZZ_RUNS override),
// then the 10 KB adversarial timings. A failure prints fast-check's counterexample and replay seed.
import { PROPERTIES } from './properties.ts';
import { timeAdversarial } from './timing.ts';

export const DEFAULT_SEED = 20261128;
export const BUDGET_MS_PER_10KB = 1000;

const seed = Number(process.env.FUZZ_SEED ?? DEFAULT_SEED);
const numRuns = Number(process.env.FUZZ_RUNS ?? 2000);
let failed = 0;
process.stdout.write(`fuzz: ${PROPERTIES.length} properties × ${numRuns} runs, seed ${seed}\n`);
for (const p of PROPERTIES) {
  const t0 = performance.now();
  try {
    p.check({ seed, numRuns });
    process.stdout.write(`  ok    ${p.name} (${Math.round(performance.now() - t0)} ms)\n`);
  } catch (err) {
    failed++;
    process.stdout.write(`  FAIL  ${p.name}\n${String((err as Error).message).split('\n').slice(0, 12).map((l) => `        ${l}`).join('\n')}\n`);
  }
}
const timings = timeAdversarial();
const slow = timings.filter((t) => t.ms > BUDGET_MS_PER_10KB);
const worst = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5);
process.stdout.write(`adversarial 10 KB inputs: ${timings.length} timed, worst ${worst.map((t) => `${t.name} ${t.input} ${t.ms} ms`).join('; ')}\n`);
for (const t of slow) process.stdout.write(`  SLOW  ${t.name} on ${t.input}: ${t.ms} ms (budget ${BUDGET_MS_PER_10KB} ms)\n`);
failed += slow.length;
process.stdout.write(failed ? `fuzz: ${failed} failures\n` : 'fuzz: all properties hold\n');
process.exitCode = failed ? 1 : 0;
