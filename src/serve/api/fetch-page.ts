import { UserError } from '../../model/errors.ts';
import { fetchUrl } from '../../ingest/sources/fetch-url.ts';
import { HttpError } from './errors.ts';

const TIMEOUT_MS = 15_000;
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Downloads an article page for POST /api/articles through the ingest stage's guarded fetcher:
 * private, loopback and link-local addresses are refused (literal, resolved and after each
 * redirect), with time and size caps. Failures are the client's 422.
 */
export async function fetchPage(url: string): Promise<{ bytes: Buffer; contentType: string | null }> {
  try {
    const page = await fetchUrl(url, { totalTimeoutMs: TIMEOUT_MS, maxBytes: MAX_BYTES });
    return { bytes: page.bytes, contentType: page.contentType };
  } catch (err) {
    const message = err instanceof UserError || err instanceof Error ? err.message : String(err);
    throw new HttpError(422, 'fetch-failed', `could not fetch ${url}: ${message}`, 'Check the URL (private and loopback addresses are refused), or post the article text instead');
  }
}
