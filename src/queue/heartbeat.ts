import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { WorkerUtils } from 'graphile-worker';
import type { Store } from '../store/db.ts';

export interface HeartbeatOptions {
  /** How often a live worker says so (default 5 s). */
  everyMs?: number;
  /** Silence after which a worker counts as dead and its jobs are released (default 60 s). */
  staleMs?: number;
}

/**
 * Liveness for workers on any machine. graphile-worker releases a dead worker's locked jobs only
 * after four hours; here each worker beats every few seconds, and any live one releases the jobs
 * of a worker that has gone quiet, so a killed process delays its article by seconds.
 */
export class Heartbeat {
  private readonly ids = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private readonly everyMs: number;
  private readonly staleMs: number;
  private beating: Promise<void> = Promise.resolve();

  constructor(private readonly store: Store, private readonly utils: WorkerUtils, opts: HeartbeatOptions = {}) {
    this.everyMs = opts.everyMs ?? 5_000;
    this.staleMs = opts.staleMs ?? 60_000;
    if (this.staleMs < this.everyMs * 2) throw new Error(`heartbeat staleMs (${this.staleMs}) must be at least twice everyMs (${this.everyMs})`);
  }

  /** Starts beating for a graphile-worker pool id (the id its jobs are locked by). */
  async add(workerId: string): Promise<void> {
    this.ids.add(workerId);
    await this.beat();
    if (!this.timer) {
      this.timer = setInterval(() => {
        this.beating = this.beat().then(() => this.reap()).then(() => undefined, (err) => {
          process.emitWarning(`worker heartbeat failed: ${err instanceof Error ? err.message : String(err)}`);
        });
      }, this.everyMs);
      this.timer.unref();
    }
  }

  async beat(): Promise<void> {
    for (const id of this.ids) {
      await sql`insert into queue_workers (worker_id, host, pid) values (${id}, ${hostname()}, ${process.pid})
        on conflict (worker_id) do update set seen_at = now()`.execute(this.store.db);
    }
  }

  /** Releases the jobs of workers silent for longer than staleMs; returns their ids. */
  async reap(): Promise<string[]> {
    const stale = await sql<{ worker_id: string }>`select worker_id from queue_workers
      where seen_at < now() - make_interval(secs => ${this.staleMs / 1000})`.execute(this.store.db);
    const ids = stale.rows.map((r) => r.worker_id).filter((id) => !this.ids.has(id));
    if (!ids.length) return [];
    await this.utils.forceUnlockWorkers(ids);
    await sql`delete from queue_workers where worker_id = any(${ids}::text[])`.execute(this.store.db);
    return ids;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.beating;
    const ids = [...this.ids];
    this.ids.clear();
    if (ids.length) await sql`delete from queue_workers where worker_id = any(${ids}::text[])`.execute(this.store.db);
  }
}
