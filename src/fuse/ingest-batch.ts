import type { ControlledTransaction } from 'kysely';
import type { Article } from '../model/article.ts';
import type { Ctx } from '../store/context.ts';
import { anyActiveCorrection } from '../store/queries/any-active-correction.ts';
import type { Store } from '../store/db.ts';
import type { Database } from '../store/schema.ts';
import { sqliteHandle } from '../store/sqlite-statements.ts';
import type { IngestProgress, IngestSummary } from './ingest.ts';

type Result =
  | { kind: 'new'; near: boolean; claims: number; created: number }
  | { kind: 'duplicate' }
  | { kind: 'failed'; reason: string; source: string | null };

type Outcome = Result & { index: number; article: Article | null };

function describe(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

/**
 * The open transaction of an ingest run and what happened to each article in it. Nothing is counted
 * or reported until the batch commits, so every article a progress report or the summary counts as
 * stored is durably stored; if the commit fails, the batch's articles are reported as failed instead.
 */
export class IngestBatch {
  private trx: ControlledTransaction<Database> | null = null;
  private startedAt = 0;
  private outcomes: Outcome[] = [];
  private transactions = 0;
  private committed = 0;
  private noCorrections = false;

  constructor(
    private readonly store: Store,
    private readonly summary: IngestSummary,
    private readonly onProgress?: (p: IngestProgress) => void,
    /** Called when writes made in the open transaction are undone, an article's or the whole batch's. */
    private readonly onRollback?: (undone: 'article' | 'batch') => void,
    /** Last writes of a batch, made in its transaction just before it commits. */
    private readonly beforeCommit?: (tx: Ctx) => Promise<void>,
    /** Called once a batch has committed (`commits` counts it already). */
    private readonly afterCommit?: () => void,
  ) {}

  get open(): boolean {
    return this.trx !== null;
  }

  /** Tells transactions apart: changes whenever a new one begins. */
  get generation(): number {
    return this.transactions;
  }

  /** Transactions committed so far. */
  get commits(): number {
    return this.committed;
  }

  /** Articles waiting for the commit, failed ones included. */
  get size(): number {
    return this.outcomes.length;
  }

  /** Where queries go now: the open transaction, else the store. */
  get ctx(): Ctx {
    return this.trx ? { db: this.trx, json: this.store.json, noCorrections: this.noCorrections } : { db: this.store.db, json: this.store.json };
  }

  msLeft(limitMs: number): number {
    return this.trx ? Math.max(0, this.startedAt + limitMs - Date.now()) : limitMs;
  }

  async begin(): Promise<Ctx> {
    if (!this.trx) {
      this.trx = await this.store.db.startTransaction().execute();
      this.transactions++;
      this.startedAt = Date.now();
      // Read inside the transaction, so it holds for as long as the transaction's own view does.
      this.noCorrections = this.store.dialect === 'sqlite' && !(await anyActiveCorrection({ db: this.trx, json: this.store.json }));
    }
    return this.ctx;
  }

  fail(index: number, article: Article | null, source: string | null, reason: string): void {
    this.outcomes.push({ index, article, kind: 'failed', reason, source });
  }

  /**
   * Runs one article's writes inside a savepoint: if they fail, only they are undone and the article
   * is reported failed. A transaction the database itself has aborted cannot be saved, and the batch
   * is given up (its articles reported failed) so the run can go on with a fresh one.
   */
  async inSavepoint<T>(index: number, article: Article, work: (tx: Ctx) => Promise<T>, outcome: (r: T) => Result): Promise<void> {
    await this.begin();
    const sp = await this.openSavepoint();
    let r: T;
    try {
      r = await work({ db: sp.db, json: this.store.json, noCorrections: this.noCorrections });
    } catch (err) {
      const reason = `storing failed: ${describe(err)}`;
      this.onRollback?.('article');
      try {
        await sp.undo();
      } catch {
        await this.dropBatch(reason);
      }
      this.fail(index, article, null, reason);
      return;
    }
    await sp.release();
    this.outcomes.push({ index, article, ...outcome(r) });
  }

  /**
   * A savepoint for one article. On SQLite it is set on the connection itself, which the open
   * transaction holds: going through Kysely cost more than the savepoint, once per article.
   */
  private async openSavepoint(): Promise<{ db: Ctx['db']; release: () => Promise<void>; undo: () => Promise<void> }> {
    const raw = sqliteHandle(this.store.json);
    if (raw) {
      raw.exec('savepoint article');
      return {
        db: this.trx!,
        release: async () => void raw.exec('release savepoint article'),
        undo: async () => void raw.exec('rollback to savepoint article; release savepoint article'),
      };
    }
    const sp = await this.trx!.savepoint('article').execute();
    return {
      db: sp,
      release: async () => void (await sp.releaseSavepoint('article').execute()),
      undo: async () => {
        await sp.rollbackToSavepoint('article').execute();
        await sp.releaseSavepoint('article').execute();
      },
    };
  }

  /** Commits the open transaction, then counts and reports its articles in input order. */
  async commit(): Promise<void> {
    if (this.trx) {
      const trx = this.trx;
      this.trx = null;
      try {
        if (this.beforeCommit) await this.beforeCommit({ db: trx, json: this.store.json, noCorrections: this.noCorrections });
        await trx.commit().execute();
        this.committed++;
        this.afterCommit?.();
      } catch (err) {
        await trx.rollback().execute().catch(() => {});
        this.onRollback?.('batch');
        this.markStoredFailed(`storing failed: the batch could not be committed: ${describe(err)}`);
      }
    }
    const done = this.outcomes;
    this.outcomes = [];
    for (const o of done) this.count(o);
  }

  /** Rolls back whatever is still open: used when the run ends by an error. Nothing uncommitted is reported. */
  async abandon(): Promise<void> {
    if (this.trx) {
      const trx = this.trx;
      this.trx = null;
      await trx.rollback().execute().catch(() => {});
      this.onRollback?.('batch');
    }
    this.outcomes = [];
  }

  private async dropBatch(reason: string): Promise<void> {
    const trx = this.trx;
    this.trx = null;
    await trx?.rollback().execute().catch(() => {});
    this.onRollback?.('batch');
    this.markStoredFailed(reason);
    const done = this.outcomes;
    this.outcomes = [];
    for (const o of done) this.count(o);
  }

  private markStoredFailed(reason: string): void {
    this.outcomes = this.outcomes.map((o) => (o.kind === 'failed' ? o : { index: o.index, article: o.article, kind: 'failed', reason, source: null }));
  }

  private count(o: Outcome): void {
    const s = this.summary;
    s.read++;
    if (o.kind === 'failed') {
      s.failed++;
      s.failures.push({ index: o.index, url: o.article?.url ?? null, title: o.article?.title ?? null, source: o.source ?? o.article?.source ?? null, reason: o.reason });
    } else if (o.kind === 'duplicate') {
      s.duplicates++;
    } else {
      s.new++;
      if (o.near) s.nearDuplicates++;
      s.engagements += o.claims;
      s.newEngagements += o.created;
    }
    this.onProgress?.({ read: s.read, new: s.new, duplicates: s.duplicates, nearDuplicates: s.nearDuplicates, failed: s.failed, engagements: s.engagements });
  }
}
