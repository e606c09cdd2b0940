import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyRequest } from 'fastify';
import { UserError } from '../../model/errors.ts';
import { HttpError } from './errors.ts';

const MIN_TOKEN_LENGTH = 16;

/** The ingest token from --token-file or READOUT_API_TOKEN; null leaves ingest over the API switched off. */
export function resolveToken(opts: { tokenFile?: string | null; env?: NodeJS.ProcessEnv }): string | null {
  let token: string | null = null;
  let from = '';
  if (opts.tokenFile) {
    try {
      token = readFileSync(opts.tokenFile, 'utf8').trim();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new UserError('token-file', `cannot read the token file "${opts.tokenFile}" (${code})`, 'Check the path and its permissions');
    }
    from = `the token file "${opts.tokenFile}"`;
  } else if (opts.env?.READOUT_API_TOKEN !== undefined) {
    token = opts.env.READOUT_API_TOKEN.trim();
    from = 'READOUT_API_TOKEN';
  }
  if (token === null) return null;
  if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) {
    throw new UserError('token-weak', `the API token in ${from} must be at least ${MIN_TOKEN_LENGTH} characters with no spaces`, 'Generate one, e.g. openssl rand -hex 32');
  }
  return token;
}

// Hashing both sides gives equal lengths, so the comparison time says nothing about the token.
const digest = (s: string) => createHash('sha256').update(s).digest();

export function checkBearer(req: FastifyRequest, token: string | null): void {
  if (!token) {
    throw new HttpError(403, 'ingest-disabled', 'ingesting over the API is switched off: the server has no API token configured', 'Start the server with READOUT_API_TOKEN set or with --token-file');
  }
  const header = req.headers.authorization;
  if (!header) {
    throw new HttpError(401, 'unauthorized', 'this endpoint needs an Authorization header', 'Send Authorization: Bearer <token>');
  }
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) throw new HttpError(401, 'unauthorized', 'the Authorization header is not of the form "Bearer <token>"', 'Send Authorization: Bearer <token>');
  if (!timingSafeEqual(digest(m[1]), digest(token))) {
    throw new HttpError(401, 'unauthorized', 'the bearer token is not the one this server was given', 'Check the token');
  }
}
