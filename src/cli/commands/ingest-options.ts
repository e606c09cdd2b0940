import { UserError } from '../../model/errors.ts';
import { parsePublishedOption } from '../../ingest/index.ts';
import { isSourceFailure, type SourceItem } from '../../ingest/sources/types.ts';

/** Exit status of a run stopped by Ctrl-C, as shells report a SIGINT death. */
export const EXIT_INTERRUPTED = 130;

/** --published-default, checked like --published but named as the user typed it. */
export function parsePublishedDefault(value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    return parsePublishedOption(value);
  } catch (err) {
    if (err instanceof UserError) throw new UserError(err.code, err.message.replace('--published ', '--published-default '), err.hint?.replace('--published ', '--published-default ') ?? null);
    throw err;
  }
}

/** --max-bytes and the like: a positive whole number, or undefined when not given. */
export function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UserError('bad-option', `${flag} '${value}' is not a positive whole number`, `e.g. ${flag} 20000000`);
  return n;
}

/** Gives articles without a publication date the --published-default one. */
export async function* withDefaultDate(items: AsyncIterable<SourceItem>, date: string | null): AsyncGenerator<SourceItem> {
  for await (const it of items) yield !date || isSourceFailure(it) || it.published ? it : { ...it, published: date };
}
