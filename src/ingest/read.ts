import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Article } from '../model/article.ts';
import { UserError } from '../model/errors.ts';
import { articlesFromBytes } from './bytes.ts';
import { resolveOptions, tooLargeError, type ReadOptions } from './options.ts';

export const STDIN_NAME = 'stdin';

/** Reads a stream to its end, stopping as soon as it passes `maxBytes` so endless input (a pipe, /dev/zero) cannot exhaust memory. */
export async function readStreamCapped(stream: Readable, maxBytes: number, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  // Leaving the loop early (the throw) destroys the stream, which stops the producer too.
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buf.length;
    if (total > maxBytes) throw tooLargeError(name, null, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

/** A UserError for the file-system mistakes a user can make; anything else is returned unchanged. */
function fileError(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new UserError('missing-file', `no such file: ${path}`, 'check the path, or pass - to read the article from standard input');
    case 'EISDIR':
      return isDirectoryError(path);
    case 'EACCES':
    case 'EPERM':
      return new UserError('unreadable', `${path}: permission denied`, 'check the file permissions (e.g. chmod +r), or run as a user who may read it');
    case 'ELOOP':
    case 'ENAMETOOLONG':
    case 'EIO':
      return new UserError('unreadable', `${path}: cannot be read (${code})`, 'check the path and the disk');
    default:
      return error;
  }
}

function isDirectoryError(path: string): UserError {
  return new UserError('is-directory', `${path}: is a directory, not a file`, `pass the files inside it, e.g. ${path.replace(/\/+$/, '')}/*.html`);
}

async function readPathCapped(path: string, maxBytes: number): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw isDirectoryError(path);
    if (info.isFile()) {
      if (info.size > maxBytes) throw tooLargeError(path, info.size, maxBytes);
      const bytes = await readFile(path);
      // The file may have grown since stat.
      if (bytes.length > maxBytes) throw tooLargeError(path, bytes.length, maxBytes);
      return bytes;
    }
    // Pipes, process substitution and devices report no size, so they are read with the cap.
    return await readStreamCapped(createReadStream(path), maxBytes, path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw fileError(path, error);
  }
}

/** The articles in a file, or in standard input when `path` is "-". */
export async function readArticles(path: string, opts: ReadOptions): Promise<Article[]> {
  const options = resolveOptions(opts);
  if (path === '') {
    throw new UserError('missing-file', 'no input file given', 'pass a file path, or - to read from standard input');
  }
  if (path === '-') {
    const bytes = await readStreamCapped(process.stdin, options.maxBytes, STDIN_NAME);
    return articlesFromBytes(bytes, STDIN_NAME, options);
  }
  const bytes = await readPathCapped(path, options.maxBytes);
  return articlesFromBytes(bytes, path, options);
}
