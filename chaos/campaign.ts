// A campaign: many trials against one store, each resuming what the last one left, with the store
// checked after every blow and once more after a final uninterrupted run.
import { openStore } from '../src/store/db.ts';
import { REPORTS_PER_MEETING } from './articles.ts';
import { runTrial, type KillPlan } from './trial.ts';
import { checkStore, type StoreCheck } from './verify.ts';

export interface CampaignOptions {
  target: string;
  trials: number;
  articles: number;
  rand: () => number;
  /** Replaces SIGKILL to the child (e.g. shooting the database server), and runs after it. */
  strike?: KillPlan['strike'];
  afterStrike?: () => Promise<void>;
  log?: (line: string) => void;
}

export interface CampaignResult {
  trials: number;
  /** Trials whose child finished before the blow landed. */
  missed: number;
  lost: number;
  doubled: number;
  problems: string[];
  final: StoreCheck;
  /** Articles the final run still had to ingest. */
  finalNew: number;
  failedInFinal: number;
  ms: number;
}

/** A seeded generator (xorshift32), so a campaign's blows can be replayed from its printed seed. */
export function seeded(seed: number): () => number {
  // Scrambling the seed and dropping the first outputs keeps small seeds from starting near zero.
  let x = Math.imul(seed >>> 0 || 1, 0x9e3779b1) >>> 0 || 1;
  const next = () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 4294967296; };
  for (let i = 0; i < 8; i++) next();
  return next;
}

async function check(target: string, acked: Set<string>): Promise<StoreCheck> {
  const store = await openStore(target);
  try {
    return await checkStore(store, acked);
  } finally {
    await store.close();
  }
}

export async function runCampaign(o: CampaignOptions): Promise<CampaignResult> {
  const started = Date.now();
  const log = o.log ?? (() => {});
  const acked = new Set<string>();
  // A first guess, corrected after each trial from what it measured. Too high a guess lets the first
  // blow fall after a short run has finished: ingest stores an article in about 2 ms here.
  let perArticleMs = 3;
  let toFirstNewMs = 1000;
  // Feedback on the pacing: a blow timed from the first commit also gets that commit's whole batch,
  // so the window shrinks while trials store more than their share and grows while they store less.
  let pace = 1;
  let missed = 0;
  let lost = 0;
  let doubled = 0;
  const problems: string[] = [];

  for (let t = 1; t <= o.trials; t++) {
    const remaining = Math.max(0, o.articles - acked.size);
    // Spread the blows so the trials together cover the corpus, each at a uniformly random moment
    // of its share; every fifth is timed from spawn, so start-up and the resume scan are hit too.
    const share = remaining / (o.trials - t + 1);
    const window = Math.max(20, 2 * share * perArticleMs * pace);
    const plan: KillPlan = t % 5 === 1
      ? { from: 'spawn', afterMs: Math.floor(o.rand() * (toFirstNewMs + window)), strike: o.strike }
      : { from: 'first-new', afterMs: Math.floor(o.rand() * window), strike: o.strike };
    const spawnAt = Date.now();
    const r = await runTrial(o.target, o.articles, plan);
    if (o.afterStrike) await o.afterStrike();
    if (!r.killed) missed++;
    pace = Math.min(4, Math.max(0.05, pace * (r.newKeys.length > share ? 0.7 : 1.25)));
    for (const k of [...r.newKeys, ...r.dupKeys]) acked.add(k);
    if (r.newKeys.length > 20) perArticleMs = r.newSpanMs / (r.newKeys.length - 1);
    if (r.dupKeys.length || r.newKeys.length) toFirstNewMs = Math.min(30_000, Math.max(500, (Date.now() - spawnAt) - r.newSpanMs - plan.afterMs * (plan.from === 'first-new' ? 1 : 0)));

    const c = await check(o.target, acked);
    lost += c.lost.length;
    doubled += c.doubledArticles.length + c.doubledEngagements.length;
    problems.push(...c.problems.map((p) => `trial ${t}: ${p}`));
    log(`trial ${String(t).padStart(2)}: ${r.killed ? 'killed' : 'finished first'} ${plan.from === 'spawn' ? 'from spawn' : 'after first commit'} +${plan.afterMs} ms; `
      + `${r.newKeys.length} new acks; store ${c.articles} articles ≥ ${acked.size} acknowledged; `
      + `lost ${c.lost.length}, doubled ${c.doubledArticles.length + c.doubledEngagements.length}${c.problems.length ? `; ${c.problems.join('; ')}` : ''}`);
  }

  const last = await runTrial(o.target, o.articles, null);
  const final = await check(o.target, acked);
  const failedInFinal = Number(last.summary?.failed ?? 0);
  lost += final.lost.length;
  doubled += final.doubledArticles.length + final.doubledEngagements.length;
  problems.push(...final.problems.map((p) => `final: ${p}`));
  const meetings = Math.ceil(o.articles / REPORTS_PER_MEETING);
  if (final.articles !== o.articles) problems.push(`final: ${final.articles} articles stored, expected each of ${o.articles} once`);
  if (final.claims !== o.articles) problems.push(`final: ${final.claims} claims, expected ${o.articles}`);
  if (final.engagements !== meetings) problems.push(`final: ${final.engagements} engagements, expected ${meetings}`);
  if (failedInFinal) problems.push(`final: the re-run failed ${failedInFinal} articles`);
  log(`final run: ${last.newKeys.length} new, ${last.dupKeys.length} already stored; store ${final.articles} articles, ${final.claims} claims, ${final.engagements} engagements`);
  return { trials: o.trials, missed, lost, doubled, problems, final, finalNew: last.newKeys.length, failedInFinal, ms: Date.now() - started };
}
