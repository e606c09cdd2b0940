import { UserError } from '../../model/errors.ts';

/** Where the previous page stopped: the sort key and id of its last row. Opaque to clients. */
export interface Cursor {
  key: string | number;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id]), 'utf8').toString('base64url');
}

export function decodeCursor(raw: string, param = 'cursor'): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || (typeof parsed[0] !== 'string' && typeof parsed[0] !== 'number') || typeof parsed[1] !== 'string') {
    throw new UserError('bad-parameter', `${param} "${raw.slice(0, 60)}" is not a cursor this server issued`, 'Pass the next_cursor value of the previous page unchanged, or omit it to start from the first page');
  }
  return { key: parsed[0], id: parsed[1] };
}
