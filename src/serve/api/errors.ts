import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { UserError } from '../../model/errors.ts';

/** An answer other than 2xx that the client caused or should know about; its message is safe to show. */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly hint: string | null;
  constructor(statusCode: number, code: string, message: string, hint: string | null = null) {
    super(message);
    this.name = 'HttpError';
    this.statusCode = statusCode;
    this.code = code;
    this.hint = hint;
  }
}

export const notFound = (what: string, id: string, hint: string): HttpError =>
  new HttpError(404, 'not-found', `no ${what} with id "${id.slice(0, 200)}"`, hint);

type Where = 'query parameter' | 'path parameter' | 'body field';

function describeIssue(issue: z.core.$ZodIssue, where: Where, input: unknown): HttpError {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k.slice(0, 60)}"`).join(', ');
    return new HttpError(400, 'unknown-parameter', `unknown ${where}${issue.keys.length > 1 ? 's' : ''} ${keys}`, 'See /api/docs for the parameters each endpoint takes');
  }
  const name = issue.path.length ? issue.path.map(String).join('.') : where === 'body field' ? 'body' : '(none)';
  const given = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), input);
  if (Array.isArray(given) && where === 'query parameter') {
    return new HttpError(400, 'bad-parameter', `query parameter "${name}" was given more than once`, 'Give it once');
  }
  if (given === undefined && issue.code === 'invalid_type') {
    return new HttpError(400, 'missing-parameter', `${where} "${name}" is required`, 'See /api/docs for the parameters each endpoint takes');
  }
  const shown = typeof given === 'string' ? ` "${given.slice(0, 80)}"` : '';
  return new HttpError(400, 'bad-parameter', `${where} "${name}"${shown} ${issue.message}`, 'See /api/docs for the accepted values');
}

/** Parses request input with a schema; the first problem becomes a 400 naming the parameter. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, where: Where): z.output<S> {
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data;
  throw describeIssue(r.error.issues[0], where, input ?? {});
}

export interface ErrorBody {
  error: { status: number; code: string; message: string; hint: string | null };
}

const body = (status: number, code: string, message: string, hint: string | null = null): ErrorBody => ({ error: { status, code, message, hint } });

/** Maps Fastify's own client errors to clear messages; the code names are Fastify's. */
const FASTIFY_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body-too-large', 'Send a smaller body'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type', 'Send JSON with Content-Type: application/json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'empty-body', 'Send a JSON object'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'bad-json', 'Send valid JSON'],
};

/** Every error leaves as JSON with a message and a hint; a bug is logged and answered without its stack. */
export function handleError(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply): void {
  if (err instanceof HttpError) {
    if (err.statusCode === 401) reply.header('www-authenticate', 'Bearer realm="readout"');
    reply.code(err.statusCode).send(body(err.statusCode, err.code, err.message, err.hint));
    return;
  }
  if (err instanceof UserError) {
    reply.code(400).send(body(400, err.code, err.message, err.hint));
    return;
  }
  const fe = err as FastifyError;
  const known = fe.code ? FASTIFY_ERRORS[fe.code] : undefined;
  if (known) {
    reply.code(known[0]).send(body(known[0], known[1], fe.message, known[2]));
    return;
  }
  if (err instanceof SyntaxError && fe.statusCode === 400) {
    reply.code(400).send(body(400, 'bad-json', 'the request body is not valid JSON', 'Send valid JSON'));
    return;
  }
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    reply.code(status).send(body(status, fe.code ? fe.code.toLowerCase() : 'bad-request', fe.message, null));
    return;
  }
  req.log.error({ err }, 'request failed');
  reply.code(500).send(body(500, 'internal', 'the server failed to answer this request', 'This is a bug in Readout; the server log has the details'));
}
