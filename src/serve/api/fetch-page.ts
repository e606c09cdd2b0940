import { HttpError } from './errors.ts';

const TIMEOUT_MS = 15_000;
const MAX_BYTES = 5 * 1024 * 1024;

/** Downloads an article page for ingest, with a time and size cap; failures are the client's 422. */
export async function fetchPage(url: string): Promise<{ bytes: Buffer; contentType: string | null }> {
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'text/html, text/plain;q=0.9, */*;q=0.5' } });
  } catch (err) {
    throw new HttpError(422, 'fetch-failed', `could not fetch ${url}: ${(err as Error).message}`, 'Check the URL, or post the article text instead');
  }
  if (!res.ok) throw new HttpError(422, 'fetch-failed', `fetching ${url} answered HTTP ${res.status}`, 'Check the URL, or post the article text instead');
  const chunks: Buffer[] = [];
  let total = 0;
  if (res.body) {
    for await (const chunk of res.body) {
      total += chunk.length;
      if (total > MAX_BYTES) throw new HttpError(422, 'page-too-large', `the page at ${url} is larger than ${MAX_BYTES} bytes`, 'Post the article text instead');
      chunks.push(Buffer.from(chunk));
    }
  }
  return { bytes: Buffer.concat(chunks), contentType: res.headers.get('content-type') };
}
