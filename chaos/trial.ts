// One chaos trial: start the ingest child, strike at the chosen moment, and collect what the child
// acknowledged before it died.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./ingest-child.ts', import.meta.url));

export interface KillPlan {
  /** Milliseconds to wait before striking. */
  afterMs: number;
  /** When the wait starts: at spawn (the kill may land in start-up or the resume scan), or at the first new commit. */
  from: 'spawn' | 'first-new';
  /** The blow itself; by default SIGKILL to the child. It must leave the child dead or dying. */
  strike?: (pid: number) => Promise<void> | void;
}

export interface TrialResult {
  /** False when the child finished before the blow landed. */
  killed: boolean;
  newKeys: string[];
  dupKeys: string[];
  failedKeys: string[];
  /** The child's closing summary when it finished. */
  summary: Record<string, unknown> | null;
  /** Milliseconds from the first to the last new commit, for pacing later trials. */
  newSpanMs: number;
  stderr: string;
}

export function runTrial(target: string, articles: number, plan: KillPlan | null): Promise<TrialResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, target, String(articles)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const r: TrialResult = { killed: false, newKeys: [], dupKeys: [], failedKeys: [], summary: null, newSpanMs: 0, stderr: '' };
    let buf = '';
    let firstNew = 0;
    let timer: NodeJS.Timeout | null = null;
    let struck = false;
    const strike = () => {
      if (struck || child.exitCode !== null) return;
      struck = true;
      const blow = plan?.strike ?? ((pid: number) => void process.kill(pid, 'SIGKILL'));
      Promise.resolve(blow(child.pid!)).catch((e: unknown) => { r.stderr += `strike failed: ${String(e)}\n`; })
        .finally(() => { if (child.exitCode === null) child.kill('SIGKILL'); });
    };
    const arm = () => { if (plan && !timer) timer = setTimeout(strike, plan.afterMs); };
    if (plan?.from === 'spawn') arm();

    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('ack new ')) {
          r.newKeys.push(line.slice(8));
          const now = Date.now();
          if (!firstNew) { firstNew = now; if (plan?.from === 'first-new') arm(); }
          r.newSpanMs = now - firstNew;
        } else if (line.startsWith('ack dup ')) r.dupKeys.push(line.slice(8));
        else if (line.startsWith('fail ')) r.failedKeys.push(line.slice(5));
        else if (line.startsWith('done ')) r.summary = JSON.parse(line.slice(5)) as Record<string, unknown>;
      }
    });
    child.stderr.on('data', (d: Buffer) => { r.stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      r.killed = signal === 'SIGKILL' || (struck && r.summary === null);
      if (!r.killed && code !== 0) reject(new Error(`the ingest child failed (exit ${code}): ${r.stderr.slice(-2000)}`));
      else resolve(r);
    });
  });
}
