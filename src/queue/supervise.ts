import { spawn, type ChildProcess } from 'node:child_process';

export interface SuperviseOptions {
  /** How many worker processes to keep running. */
  count: number;
  /** The command line of one worker process (e.g. this program with the same flags). */
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** A child that exits 0 is done (the queue ran dry); one that dies otherwise is restarted after this. */
  restartDelayMs?: number;
  log?: (line: string) => void;
}

/**
 * Keeps `count` worker processes alive on this machine, one job at a time each: extraction is
 * CPU-bound, so processes rather than async concurrency are what use the cores. A child that dies
 * is replaced; the job it held is released by the heartbeat of the others. Resolves once every
 * child has exited cleanly, or after `signal` has stopped them all.
 */
export function superviseWorkers(opts: SuperviseOptions): Promise<{ restarts: number }> {
  const delay = opts.restartDelayMs ?? 1_000;
  const children = new Set<ChildProcess>();
  let stopping = false;
  let restarts = 0;
  let running = 0;
  return new Promise((resolve) => {
    const done = () => {
      if (running === 0) resolve({ restarts });
    };
    const start = (slot: number) => {
      running++;
      const child = spawn(opts.command, opts.args, { stdio: 'inherit', env: opts.env ?? process.env });
      children.add(child);
      child.on('exit', (code, sig) => {
        children.delete(child);
        running--;
        if (!stopping && code !== 0) {
          restarts++;
          opts.log?.(`worker ${slot} (pid ${child.pid}) ${sig ? `was killed by ${sig}` : `exited with status ${code}`}; starting another in ${delay} ms`);
          setTimeout(() => (stopping ? done() : start(slot)), delay);
          return;
        }
        done();
      });
    };
    opts.signal?.addEventListener('abort', () => {
      stopping = true;
      // SIGTERM asks each child to finish its job and stop; none is cut off mid-article.
      for (const c of children) c.kill('SIGTERM');
      done();
    }, { once: true });
    for (let i = 1; i <= opts.count; i++) start(i);
  });
}
