import type { Article } from '../model/article.ts';
import type { ExtractionResult } from '../model/result.ts';
import { contentHash, tryCanonicalizeUrl } from '../ingest/sources/identity.ts';
import { isSourceFailure, type SourceItem } from '../ingest/sources/types.ts';
import type { BandKey } from '../store/band-key.ts';
import type { Ctx } from '../store/context.ts';
import type { Store } from '../store/db.ts';
import { findArticle } from '../store/queries/find-article.ts';
import { setCheckpointInterval } from '../store/writes/checkpoint-interval.ts';
import { setPageCache } from '../store/writes/page-cache.ts';
import { setTempStore, TEMP_STORE } from '../store/writes/temp-store.ts';
import { recordDuplicate } from '../store/writes/record-duplicate.ts';
import { ActorCandidates } from './actor-candidates.ts';
import { IngestBatch } from './ingest-batch.ts';
import { PER_BAND, pendingBandsForLookups, ShingleCache } from './find-near-duplicate.ts';
import { CommittedBands } from './pending-bands.ts';
import { rebuildPendingLookups } from './reindex.ts';
import { extrasFor, textPrint } from './worker-extras.ts';
import { articleProblem, resultProblem } from './validate.ts';
import { writeNewArticle } from './write-article.ts';

export type Extractor = (article: Article) => ExtractionResult | Promise<ExtractionResult>;

export interface IngestProgress {
  read: number;
  new: number;
  /** Articles skipped because the store already holds them (same canonical URL or same text). */
  duplicates: number;
  /** New articles stored as copies of an earlier one; their claims add no independent evidence. */
  nearDuplicates: number;
  failed: number;
  /** Engagements extracted from the new articles (before fusion). */
  engagements: number;
}

export interface IngestFailure {
  /** Position in the input, from 0. */
  index: number;
  url: string | null;
  title: string | null;
  /** The file, URL or feed item it came from, when known. */
  source: string | null;
  reason: string;
}

export interface IngestSummary extends IngestProgress {
  /** Fused engagements created by this run (the rest of `engagements` joined existing ones). */
  newEngagements: number;
  failures: IngestFailure[];
  /** True when the signal stopped the run before the input ended. */
  interrupted: boolean;
}

export interface IngestOptions {
  /** Called once per article, in input order, once the transaction holding it has committed. */
  onProgress?: (p: IngestProgress) => void;
  /** Checked between articles: the batch being stored is committed, then the run stops. */
  signal?: AbortSignal;
  /**
   * Articles per transaction (default 1000): a kill loses at most this many, which a re-run then
   * stores. Larger batches cost less per article, since an index page several articles touch is
   * written once. The first batches of a run are smaller (100, then doubling), so a run shows
   * progress and holds stored articles from early on.
   */
  batchSize?: number;
  /** Longest a batch stays open, in milliseconds (default 2000; the first at most 1000), so a slow input still commits and reports. */
  batchMs?: number;
  /**
   * How many articles the extractor may be working on ahead of the one being stored (default 1).
   * Raise it for an extractor that runs elsewhere (a worker pool), so extraction and storing overlap;
   * articles are still stored, and fused, in input order.
   */
  readAhead?: number;
  /**
   * Extraction work the storing thread can do itself while the article it must store next is still
   * being extracted elsewhere (ExtractPool.assist): returns false when there is none to take.
   */
  assist?: () => boolean;
}

export const DEFAULT_BATCH_SIZE = 1000;
export const DEFAULT_BATCH_MS = 2000;
// The first batch of a run: small and soon committed, so a run shows progress and holds stored
// articles from early on.
const FIRST_BATCH_SIZE = 100;
const FIRST_BATCH_MS = 1000;
// WAL pages (8 KB in a new store) a SQLite store may gather while ingest runs before they are
// checkpointed: a batch dirties thousands of pages, and several batches share many of them.
const INGEST_CHECKPOINT_PAGES = 32_000;
// The SQLite page cache while ingest runs (KiB): a fixed size, so memory stays flat however much is
// ingested. Measured on 100,000 articles: 189 s with the 64 MB a connection has otherwise, 176 s with
// 128 MB, 176 s with 256 MB.
const INGEST_PAGE_CACHE_KIB = 131_072;

export function articleId(hash: string): string {
  return `a_${hash.slice(0, 24)}`;
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

function positive(n: number | undefined, fallback: number, what: string): number {
  if (n === undefined) return fallback;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what} must be a whole number of at least 1, got ${n}`);
  return n;
}

type Extracted = { ok: true; result: ExtractionResult } | { ok: false; reason: string };

/** An input item on its way to the store: either already failed, or an article with its identity. */
type Pending =
  | { index: number; failed: true; article: Article | null; source: string | null; reason: string }
  | {
      index: number;
      failed: false;
      article: Article;
      canonical: string | null;
      hash: string;
      extraction: Promise<Extracted> | null;
      /** Set once the extraction has settled. */
      extracted?: boolean;
      /** Batches committed when the extraction was handed out: a worker's read of the store sees at least these. */
      extractedAfter: number;
      /** The transaction whose snapshot showed the store without this article, if one can vouch for that until it stores. */
      absentIn: number | null;
    };

function runExtractor(extract: Extractor, article: Article): Promise<Extracted> {
  // Called at once, so a pool starts on it now; a synchronous throw becomes a failed result like a rejection.
  let out: ExtractionResult | Promise<ExtractionResult>;
  try {
    out = extract(article);
  } catch (err) {
    return Promise.resolve({ ok: false, reason: `the extractor failed: ${describe(err)}` });
  }
  return Promise.resolve(out).then(
    (result) => ({ ok: true, result }) as const,
    (err) => ({ ok: false, reason: `the extractor failed: ${describe(err)}` }) as const,
  );
}

const TIMED_OUT = Symbol('timed out');

/**
 * Stores articles, their claims and the fused engagements, a batch of articles per transaction (each
 * article inside its own savepoint, so one that fails to store leaves the rest of the batch alone).
 * A process killed at any point leaves a consistent store holding every batch committed so far, and
 * running the same input again resumes: stored articles are recognised by canonical URL or content
 * hash and skipped before extraction.
 */
export async function ingestArticles(
  store: Store,
  articles: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  extract: Extractor,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = positive(opts.batchSize, DEFAULT_BATCH_SIZE, 'batchSize');
  const longestBatchMs = positive(opts.batchMs, DEFAULT_BATCH_MS, 'batchMs');
  const readAhead = positive(opts.readAhead, 1, 'readAhead');
  const s: IngestSummary = { read: 0, new: 0, duplicates: 0, nearDuplicates: 0, failed: 0, engagements: 0, newEngagements: 0, failures: [], interrupted: false };
  await rebuildPendingLookups(store);
  const checkpointEvery = await setCheckpointInterval(store, INGEST_CHECKPOINT_PAGES);
  const cacheBefore = await setPageCache(store, INGEST_PAGE_CACHE_KIB);
  // The few small sorts each article's writes need are built in memory rather than in temporary files.
  const tempStoreBefore = await setTempStore(store, TEMP_STORE.memory);

  const cache = new ShingleCache();
  const actors = new ActorCandidates();
  let actorsFor = -1;
  const pendingBands = pendingBandsForLookups();
  const committedBands = new CommittedBands(PER_BAND);
  let flushed: ReadonlyMap<BandKey, readonly string[]> | null = null;
  const window: Pending[] = [];
  const batch = new IngestBatch(store, s, opts.onProgress, (undone) => {
    cache.clear();
    actors.clear();
    // An article undone was never added; the others of its batch still commit with their bands.
    if (undone === 'batch') {
      pendingBands.clear();
      flushed = null;
    }
  }, async (tx) => {
    flushed = await pendingBands.flush(tx);
  }, () => {
    if (flushed) committedBands.add(batch.commits, flushed);
    flushed = null;
    // Every article handed out but not stored yet waits in the window.
    let oldest = batch.commits;
    for (const p of window) if (!p.failed && p.extraction && p.extractedAfter < oldest) oldest = p.extractedAfter;
    committedBands.forgetUpTo(oldest);
  });
  const source: AsyncIterator<SourceItem> = Symbol.asyncIterator in articles
    ? (articles as AsyncIterable<SourceItem>)[Symbol.asyncIterator]()
    : (async function* () { yield* articles as Iterable<SourceItem>; })();
  // Identities of the articles in the window, so a repeat inside it is not extracted twice.
  const inWindow = new Map<string, number>();
  const keysOf = (p: { canonical: string | null; hash: string }) => (p.canonical ? [`h:${p.hash}`, `u:${p.canonical}`] : [`h:${p.hash}`]);
  let nextIndex = 0;
  let inputDone = false;

  // Batches grow from the first one's limits to the run's: 100 articles, then twice as many each
  // time up to batchSize; 1 s open, then batchMs.
  const batchMs = () => (batch.generation <= 1 ? Math.min(longestBatchMs, FIRST_BATCH_MS) : longestBatchMs);
  const batchLimit = () => Math.min(batchSize, FIRST_BATCH_SIZE << Math.min(Math.max(batch.generation - 1, 0), 10));

  // While the input is slow to give its next item, the open batch is committed rather than held:
  // its articles are reported sooner, and a source that itself reads the store is not kept waiting.
  const nextInput = async (): Promise<IteratorResult<SourceItem>> => {
    const next = source.next();
    if (!batch.open) return next;
    let timer: NodeJS.Timeout | undefined;
    const first = await Promise.race([next, new Promise<typeof TIMED_OUT>((res) => { timer = setTimeout(() => res(TIMED_OUT), batch.msLeft(batchMs())); })]);
    clearTimeout(timer);
    if (first !== TIMED_OUT) return first;
    await batch.commit();
    return next;
  };

  const admit = async (): Promise<void> => {
    const next = await nextInput();
    if (next.done) {
      inputDone = true;
      return;
    }
    const index = nextIndex++;
    const item = next.value;
    if (isSourceFailure(item)) {
      window.push({ index, failed: true, article: null, source: item.source, reason: item.reason });
      return;
    }
    const problem = articleProblem(item);
    if (problem) {
      window.push({ index, failed: true, article: item && typeof item === 'object' ? item : null, source: null, reason: problem });
      return;
    }
    const canonical = tryCanonicalizeUrl(item.url);
    const hash = contentHash(item.text);
    const keys = keysOf({ canonical, hash });
    // A stored article, or one just ahead in the window, needs no extraction; if that one then fails
    // to store, this one is extracted when its turn comes.
    const ahead = keys.some((k) => inWindow.has(k));
    const known = ahead || !!(await findArticle(batch.ctx, canonical, hash));
    for (const k of keys) inWindow.set(k, (inWindow.get(k) ?? 0) + 1);
    // A SQLite transaction reads one snapshot and, once it writes, is the only writer: an article it
    // saw absent, with no copy ahead in the window, is still absent when its turn comes.
    const absentIn = !known && store.dialect === 'sqlite' && batch.open ? batch.generation : null;
    const pending: Pending = { index, failed: false, article: item, canonical, hash, extraction: known ? null : runExtractor(extract, item), extractedAfter: batch.commits, absentIn };
    if (opts.assist) void pending.extraction?.then(() => { pending.extracted = true; });
    window.push(pending);
  };

  const leaveWindow = (p: Pending) => {
    if (p.failed) return;
    for (const k of keysOf(p)) {
      const n = (inWindow.get(k) ?? 1) - 1;
      if (n) inWindow.set(k, n);
      else inWindow.delete(k);
    }
  };

  const storeOne = async (p: Pending & { failed: false }): Promise<void> => {
    const { article, canonical, hash } = p;
    const tx = await batch.begin();
    const seen = p.absentIn === batch.generation ? undefined : await findArticle(tx, canonical, hash);
    if (seen) {
      await batch.inSavepoint(p.index, article, (tx) => recordDuplicate(tx, seen, article.url ?? null, canonical, hash), () => ({ kind: 'duplicate' }));
      return;
    }
    const extractedAfter = p.extraction ? p.extractedAfter : batch.commits;
    // Between the articles it takes, the loop yields so a worker's result that has come in is seen.
    if (p.extraction && opts.assist) while (!p.extracted && opts.assist()) await new Promise((r) => setImmediate(r));
    const extracted = await (p.extraction ?? runExtractor(extract, article));
    if (!extracted.ok) return batch.fail(p.index, article, null, extracted.reason);
    const result = extracted.result;
    const bad = resultProblem(result);
    if (bad) return batch.fail(p.index, article, null, bad);

    const extras = extrasFor(result, article.text);
    const print = extras?.print ?? textPrint(article.text);
    const id = articleId(hash);
    await batch.inSavepoint(p.index, article, async (tx: Ctx) => {
      // Who is stored is known for one transaction at most: the next may see others' writes.
      if (actorsFor !== batch.generation) {
        actors.clear();
        actorsFor = batch.generation;
      }
      const buckets = extras?.buckets ? { stored: extras.buckets, committedSince: committedBands.since(extractedAfter, print.bands) } : undefined;
      const { near, ingestedAt, stored } = await writeNewArticle(tx, { id, article, canonical, hash, print, result, extras, shingles: cache, actors, pendingBands, buckets });
      // The copies of a story usually follow it within the run: they find it here instead of reading
      // its text back. The cache is emptied if the batch is rolled back.
      cache.set(id, { shingles: print.shingles, near_duplicate_of: near?.articleId ?? null, ingested_at: ingestedAt });
      return { near: !!near, claims: stored.claims, created: stored.createdEngagements };
    }, (r) => ({ kind: 'new', ...r }));
  };

  try {
    for (;;) {
      if (opts.signal?.aborted) {
        s.interrupted = true;
        break;
      }
      while (!inputDone && window.length < readAhead) await admit();
      const head = window.shift();
      if (!head) break;
      leaveWindow(head);
      if (head.failed) batch.fail(head.index, head.article, head.source, head.reason);
      else await storeOne(head);
      if (batch.size >= batchLimit() || (batch.open && batch.msLeft(batchMs()) === 0)) await batch.commit();
    }
    await batch.commit();
  } finally {
    await batch.abandon();
    if (checkpointEvery !== null) await setCheckpointInterval(store, checkpointEvery);
    if (cacheBefore !== null) await setPageCache(store, String(cacheBefore));
    if (tempStoreBefore !== null) await setTempStore(store, tempStoreBefore);
  }
  return s;
}
