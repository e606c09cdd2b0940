import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';

export type ExportFormat = 'csv' | 'tsv' | 'jsonl';

/** Writes rows one at a time, waiting when the destination is full, so memory stays flat. */
export class RowWriter {
  readonly #out: Writable;
  readonly #format: ExportFormat;
  readonly #columns: readonly string[] | null;
  #started = false;
  rows = 0;

  /** `columns` fixes the header and order for csv/tsv; jsonl writes each object as given. */
  constructor(out: Writable, format: ExportFormat, columns: readonly string[] | null) {
    this.#out = out;
    this.#format = format;
    this.#columns = columns;
  }

  async #write(s: string): Promise<void> {
    if (!this.#out.write(s)) await once(this.#out, 'drain');
  }

  #line(values: string[]): string {
    // GDELT's own files are tab-separated without quoting, so a tab or newline inside a value would
    // shift the columns: those become spaces. CSV quotes instead, as RFC 4180 says.
    if (this.#format === 'tsv') return values.map((v) => v.replace(/[\t\r\n]+/g, ' ')).join('\t') + '\n';
    return stringify([values], { eof: true, record_delimiter: '\n' });
  }

  async header(): Promise<void> {
    if (this.#started || this.#format === 'jsonl' || !this.#columns) return;
    this.#started = true;
    await this.#write(this.#line([...this.#columns]));
  }

  async row(obj: object): Promise<void> {
    await this.header();
    this.rows++;
    if (this.#format === 'jsonl') return this.#write(JSON.stringify(obj) + '\n');
    const rec = obj as Record<string, unknown>;
    const cols = this.#columns ?? Object.keys(rec);
    await this.#write(this.#line(cols.map((c) => (rec[c] === null || rec[c] === undefined ? '' : String(rec[c])))));
  }
}
