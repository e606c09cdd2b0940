import { opendir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import files from './data/source-files.json' with { type: 'json' };

const READABLE = new Set([...files.articles, ...files.feeds]);

/**
 * The readable files under a directory, depth first in name order so runs are repeatable. Dotfiles
 * and dot-directories (.git, editor swap files) are skipped; symbolic links to directories are
 * not followed, which keeps a link cycle from walking forever.
 */
export async function* walkDirectory(dir: string): AsyncGenerator<string> {
  const entries: { name: string; isDir: boolean; isFile: boolean }[] = [];
  for await (const e of await opendir(dir)) {
    if (e.name.startsWith('.')) continue;
    entries.push({ name: e.name, isDir: e.isDirectory(), isFile: e.isFile() || e.isSymbolicLink() });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDir) yield* walkDirectory(path);
    else if (e.isFile && READABLE.has(extname(e.name).toLowerCase())) yield path;
  }
}

export function isFeedPath(path: string): boolean {
  return files.feeds.includes(extname(path).toLowerCase());
}

export const MIN_FEED_TEXT_CHARS = files.minFeedTextChars;
