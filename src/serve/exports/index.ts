// Exports of the fused store in the layouts researchers load: GDELT 2.0's event and mentions tables,
// PLOVER event records, and Readout's own full records. Engagements are read a page at a time and
// each row is written before the next page is fetched, so a large store exports in flat memory.
import type { Writable } from 'node:stream';
import { UserError } from '../../model/errors.ts';
import { listEngagements, type EngagementFilters, type Store, type StoredEngagement } from '../../store/index.ts';
import { claimSpans } from './claim-spans.ts';
import { gdeltEvents, gdeltMentions } from './gdelt.ts';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS } from './gdelt-columns.ts';
import { ploverRecords } from './plover.ts';
import { readoutRecord } from './readout.ts';
import { RowWriter, type ExportFormat } from './writer.ts';

export { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS } from './gdelt-columns.ts';
export type { GdeltEventRow, GdeltMentionRow } from './gdelt-columns.ts';
export { gdeltEvents, gdeltMentions, type GdeltEvent } from './gdelt.ts';
export { ploverRecords, type PloverRecord, type PloverActor } from './plover.ts';
export { readoutRecord, type ReadoutRecord } from './readout.ts';
export type { ExportFormat } from './writer.ts';

export const LAYOUTS = ['gdelt', 'plover', 'readout'] as const;
export type ExportLayout = (typeof LAYOUTS)[number];
export const FORMATS: readonly ExportFormat[] = ['csv', 'tsv', 'jsonl'];

export interface ExportOptions {
  layout: ExportLayout;
  format: ExportFormat;
  filters?: Omit<EngagementFilters, 'limit' | 'offset'>;
  /** GDELT layout only: where the mentions table goes. */
  mentions?: Writable | null;
  /** Engagements fetched per query; small pages keep memory flat, large ones save round trips. */
  pageSize?: number;
}

export interface ExportSummary {
  engagements: number;
  rows: number;
  mentions: number;
}

const DEFAULT_PAGE = 500;

/** Checks a layout/format pair, with a hint naming what works. */
export function checkLayout(layout: string, format: string, withMentions: boolean): { layout: ExportLayout; format: ExportFormat } {
  if (!(LAYOUTS as readonly string[]).includes(layout)) {
    throw new UserError('bad-option', `--layout '${layout}' is not a layout`, `use one of: ${LAYOUTS.join(', ')}`);
  }
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UserError('bad-option', `--format '${format}' is not a format`, `use one of: ${FORMATS.join(', ')}`);
  }
  if (layout !== 'gdelt' && format !== 'jsonl') {
    throw new UserError('bad-option', `the ${layout} layout has nested fields (actors, outcomes, spans) and cannot be written as ${format}`,
      `use --format jsonl, or --layout gdelt for a flat table`);
  }
  if (withMentions && layout !== 'gdelt') {
    throw new UserError('bad-option', '--mentions belongs to the gdelt layout (it is GDELT\'s mentions table)', 'add --layout gdelt, or drop --mentions');
  }
  return { layout: layout as ExportLayout, format: format as ExportFormat };
}

/** Every engagement the filters select, a page at a time. */
export async function* engagementPages(store: Store, filters: ExportOptions['filters'], pageSize: number): AsyncGenerator<StoredEngagement[]> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await listEngagements(store, { ...filters, limit: pageSize, offset });
    if (!page.length) return;
    yield page;
    if (page.length < pageSize) return;
  }
}

/** Writes the selected engagements to `out` in the chosen layout; returns what was written. */
export async function exportEngagements(store: Store, out: Writable, opts: ExportOptions): Promise<ExportSummary> {
  const { layout, format } = checkLayout(opts.layout, opts.format, !!opts.mentions);
  const pageSize = opts.pageSize ?? DEFAULT_PAGE;
  const main = new RowWriter(out, format, layout === 'gdelt' ? GDELT_EVENT_COLUMNS : null);
  const mentions = opts.mentions ? new RowWriter(opts.mentions, format, GDELT_MENTION_COLUMNS) : null;
  // A header even when nothing matched, so an empty export still says what its columns are.
  await main.header();
  await mentions?.header();
  let engagements = 0;
  for await (const page of engagementPages(store, opts.filters, pageSize)) {
    const claims = layout === 'readout' ? await claimSpans(store, page.map((e) => e.id)) : null;
    for (const e of page) {
      engagements++;
      if (layout === 'gdelt') {
        const events = gdeltEvents(e);
        for (const ev of events) await main.row(ev.row);
        if (mentions) for (const m of gdeltMentions(e, events)) await mentions.row(m);
      } else if (layout === 'plover') {
        for (const r of ploverRecords(e)) await main.row(r);
      } else {
        await main.row(readoutRecord(e, claims?.get(e.id) ?? []));
      }
    }
  }
  return { engagements, rows: main.rows, mentions: mentions?.rows ?? 0 };
}
