// The hostile-corpus run: every input through the real readers, extractor and store in a worker
// process capped at 256 MB of V8 heap, each input within TIME_LIMIT_MS of CPU time and with its
// resident memory sampled; a worker that overruns or dies is replaced and the run goes on from the
// next input.
//   node --import tsx chaos/corpus.ts        (also part of the test suite: test/reliability/)
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputResult } from './corpus-worker.ts';

const WORKER = fileURLToPath(new URL('./corpus-worker.ts', import.meta.url));
export const COMMITTED_DIR = fileURLToPath(new URL('../test/corpus/files/', import.meta.url));
/**
 * CPU time per input; READOUT_CORPUS_LIMIT_MS raises it to measure how slow the slow ones are.
 * CPU time, not wall time: a runaway input burns CPU either way, while wall time also counts the
 * moments a loaded host (CI runs test files side by side on 2 cores) gives the worker none, which
 * failed inputs that need 1 s alone (load average 3.5–4 stretched them past 2 s, twice over).
 */
export const TIME_LIMIT_MS = Number(process.env.READOUT_CORPUS_LIMIT_MS ?? 2000);
/** Wall time per input over its CPU limit, for a worker stuck without burning CPU (a wait that never ends). */
const WALL_FACTOR = 10;
export const HEAP_LIMIT_MB = 256;
/** Resident memory an input may add over the worker's idle size. */
export const RSS_GROWTH_LIMIT_MB = 256;

export interface CorpusOutcome extends InputResult {
  input: string;
  /** CPU time the worker spent on the input (0 where /proc cannot tell). */
  cpuMs: number;
  peakRssMb: number;
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

const TICKS_PER_S = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * User plus system CPU time of a process's main thread so far, in ms; null where /proc cannot tell
 * (not Linux). The main thread alone: the garbage collector's and compiler's helper threads add up
 * to half again on top, more when the host is busy, and they are not the input's own work.
 */
function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    // The command name in parentheses may hold spaces; the fields counted from 3 follow its ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
  } catch {
    return null;
  }
}

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs `inputs` from `from` in one worker until it finishes or has to be put down. */
function runWorker(list: string, inputs: string[], from: number, out: CorpusOutcome[], limitMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, '--import', 'tsx', WORKER, list, String(from)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '';
    let stderr = '';
    let current = -1;
    let started = 0;
    let cpuStarted: number | null = null;
    let cpuUsed = 0;
    let idleRss = 0;
    let peak = 0;
    let verdict: { reason: string } | null = null;
    const readCpu = () => {
      const cpu = cpuMs(child.pid!);
      if (cpu !== null && cpuStarted !== null) cpuUsed = cpu - cpuStarted;
    };
    const settle = (why: string) => {
      if (verdict || current < 0) return;
      verdict = { reason: why };
      child.kill('SIGKILL');
    };
    const sampler = setInterval(() => {
      if (!child.pid) return;
      const rss = rssMb(child.pid);
      if (current >= 0) {
        peak = Math.max(peak, rss);
        readCpu();
        const wall = performance.now() - started;
        if (cpuStarted === null ? wall > limitMs : cpuUsed > limitMs) settle(`over ${limitMs} ms of CPU time`);
        else if (wall > limitMs * WALL_FACTOR) settle(`over ${limitMs * WALL_FACTOR} ms of wall time`);
        else if (idleRss && rss - idleRss > RSS_GROWTH_LIMIT_MB) settle(`resident memory grew by ${Math.round(rss - idleRss)} MB`);
      }
    }, 20);
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') idleRss = rssMb(child.pid!);
        else if (line.startsWith('start ')) {
          current = Number(line.slice(6));
          started = performance.now();
          cpuStarted = cpuMs(child.pid!);
          cpuUsed = 0;
          peak = rssMb(child.pid!);
        } else if (line.startsWith('end ')) {
          const sp = line.indexOf(' ', 4);
          const r = JSON.parse(line.slice(sp + 1)) as InputResult;
          readCpu();
          out.push({ ...r, input: inputs[current], cpuMs: Math.round(cpuUsed), peakRssMb: Math.round(Math.max(peak, rssMb(child.pid!))) });
          current = -1;
        } else if (line.startsWith('fatal ')) stderr += `${line}\n`;
      }
    });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(sampler);
      if (current < 0) {
        if (code === 0) return resolve(inputs.length);
        return reject(new Error(`the corpus worker failed outside any input (exit ${code ?? signal}): ${stderr.slice(-1500)}`));
      }
      const what = verdict?.reason ?? `the worker died (${signal ?? `exit ${code}`}): ${stderr.split('\n').filter(Boolean).slice(-3).join(' | ').slice(0, 400)}`;
      out.push({ input: inputs[current], verdict: 'crashed', reason: what, articles: 0, engagements: 0, ms: Math.round(performance.now() - started), cpuMs: Math.round(cpuUsed), peakRssMb: Math.round(peak) });
      resolve(current + 1);
    });
  });
}

/** Runs the inputs across `workers` parallel workers; results come back in input order. */
export async function runCorpus(inputs: string[], workers = 2, limitMs = TIME_LIMIT_MS): Promise<CorpusOutcome[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'readout-hostile-list-'));
  try {
    const shares = Array.from({ length: workers }, (_, w) => inputs.filter((_, i) => i % workers === w));
    const parts = await Promise.all(shares.map(async (share, w) => {
      const list = join(tmp, `list-${w}.json`);
      writeFileSync(list, JSON.stringify(share));
      const out: CorpusOutcome[] = [];
      let next = 0;
      while (next < share.length) next = await runWorker(list, share, next, out, limitMs);
      return out;
    }));
    const byInput = new Map(parts.flat().map((o) => [o.input, o]));
    return inputs.map((i) => byInput.get(i)!);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Killed for running past the time limit: a denial of service, told apart from a crash (an exception, an out-of-memory death). */
export const isOverTime = (r: CorpusOutcome) => r.verdict === 'crashed' && /^over \d+ ms/.test(r.reason);

export function summarise(results: CorpusOutcome[]): string {
  const n = (v: string) => results.filter((r) => r.verdict === v).length;
  const slow = results.filter(isOverTime).length;
  return `${n('accepted')} accepted, ${n('rejected')} rejected, ${slow ? `${slow} over time, ` : ''}${n('crashed') - slow} crashed`;
}

async function main(): Promise<void> {
  const { generateCorpus } = await import('../test/corpus/generate.ts');
  const t0 = Date.now();
  const gen = generateCorpus();
  try {
    const inputs = [...listFiles(COMMITTED_DIR), ...gen.files];
    process.stdout.write(`${inputs.length} hostile inputs (${listFiles(COMMITTED_DIR).length} committed, ${gen.files.length} generated in ${Date.now() - t0} ms)\n`);
    const results = await runCorpus(inputs);
    const reasons = new Map<string, number>();
    for (const r of results) if (r.verdict === 'rejected') reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
    for (const r of results.filter((x) => x.verdict === 'crashed')) process.stdout.write(`${isOverTime(r) ? 'OVER TIME' : 'CRASHED'} ${relative(process.cwd(), r.input)}: ${r.reason}\n`);
    const slowest = [...results].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 5);
    const heaviest = [...results].sort((a, b) => b.peakRssMb - a.peakRssMb).slice(0, 3);
    process.stdout.write(`rejections by reason: ${[...reasons].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
    process.stdout.write(`slowest: ${slowest.map((r) => `${r.input.split('/').slice(-2).join('/')} ${r.cpuMs} ms CPU (${r.ms} ms wall)`).join('; ')}\n`);
    process.stdout.write(`peak RSS: ${heaviest.map((r) => `${r.input.split('/').slice(-2).join('/')} ${r.peakRssMb} MB`).join('; ')}\n`);
    process.stdout.write(`${summarise(results)} (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
    process.exitCode = results.some((r) => r.verdict === 'crashed') ? 1 : 0;
  } finally {
    gen.cleanup();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
