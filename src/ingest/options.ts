import { UserError } from '../model/errors.ts';
import { parsePublishedOption } from './dates.ts';

export interface ReadOptions {
  /** YYYY-MM-DD; overrides any date found in the page. */
  published?: string | null;
  /** Overrides any URL found in the page or the article object. */
  url?: string | null;
  /** Inputs larger than this are refused before parsing; default 10 MiB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface ResolvedOptions {
  published: string | null;
  url: string | null;
  maxBytes: number;
}

/** Checks the user's options once, up front, so a bad flag fails before any file is read. */
export function resolveOptions(opts: ReadOptions = {}): ResolvedOptions {
  const published = opts.published == null || opts.published.trim() === '' ? null : parsePublishedOption(opts.published);
  const url = opts.url == null || opts.url.trim() === '' ? null : opts.url.trim();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new UserError(
      'bad-option',
      `--max-bytes '${String(opts.maxBytes)}' is not a positive whole number of bytes`,
      'give a size in bytes, e.g. --max-bytes 20000000',
    );
  }
  return { published, url, maxBytes };
}

function formatSize(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  const shown = mib >= 0.1 ? `${mib.toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes.toLocaleString('en-US')} bytes (${shown})`;
}

/** The error for an input over the size cap; `size` is null when reading a stream stopped at the cap. */
export function tooLargeError(name: string, size: number | null, limit: number): UserError {
  const what = size === null ? 'the input' : formatSize(size);
  return new UserError(
    'too-large',
    `${name}: ${what} is over the limit of ${formatSize(limit)}`,
    'split it into smaller files, or raise the limit with --max-bytes N',
  );
}
