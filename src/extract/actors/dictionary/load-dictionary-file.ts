import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { DictionaryEntry } from '../../../model/actor.ts';
import { UserError } from '../../../model/errors.ts';
import { parseActorDictionary } from './parse-dictionary.ts';

const CODE = 'actors-file';

function readBytes(path: string): Buffer {
  try {
    if (statSync(path).isDirectory()) {
      throw new UserError(CODE, `actors file ${path} is a directory, not a file`, 'give the path of a .json or .csv file to --actors');
    }
    return readFileSync(path);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UserError(CODE, `actors file ${path} does not exist`, 'check the path given to --actors');
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new UserError(CODE, `actors file ${path} cannot be read: permission denied`, 'make the file readable, or copy it somewhere you can read');
    }
    throw new UserError(CODE, `actors file ${path} cannot be read (${code ?? (err as Error).message})`, 'check the path given to --actors');
  }
}

function decode(bytes: Buffer, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(CODE, `actors file ${path} is not UTF-8 text`, 'save the file as UTF-8 (spreadsheets offer "CSV UTF-8")');
  }
}

/** JSON files open with a list or an object; anything else is taken for CSV. */
function sniff(text: string): 'json' | 'csv' {
  const first = text.replace(/^\uFEFF/u, '').trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

/** Loads the user's --actors file; its format comes from the extension (.json, .csv) or, failing that, its first character. */
export function loadActorDictionaryFile(path: string): DictionaryEntry[] {
  const text = decode(readBytes(path), path);
  const ext = extname(path).toLowerCase();
  const format = ext === '.json' ? 'json' : ext === '.csv' ? 'csv' : sniff(text);
  return parseActorDictionary(text, format, path);
}
