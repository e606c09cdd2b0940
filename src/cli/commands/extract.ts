import type { Command } from 'commander';
import { Option } from 'commander';
import { UserError } from '../../model/errors.ts';
import type { Article } from '../../model/article.ts';
import type { ExtractionResult } from '../../model/result.ts';
import { readArticles, parsePublishedOption } from '../../ingest/index.ts';
import { extractArticle } from '../../extract/index.ts';
import { loadActorDictionaryFile } from '../../extract/actors/dictionary/index.ts';
import { renderTable } from '../format/table.ts';

interface ExtractOpts { published?: string; url?: string; format?: 'json' | 'jsonl' | 'table'; actors?: string; maxBytes?: string }

function parseUrl(u: string): string {
  try {
    const url = new URL(u);
    if (!/^https?:$/.test(url.protocol)) throw new Error('not http');
    return url.toString();
  } catch {
    throw new UserError('bad-url', `--url '${u}' is not an http(s) URL`, 'give the article address, e.g. --url https://example.org/news/1');
  }
}

export function registerExtract(program: Command): void {
  program.command('extract')
    .description('extract engagements from articles (text, HTML or JSON article objects; "-" reads stdin)')
    .argument('<files...>', 'article files, or - for standard input')
    .option('--published <date>', 'publication date YYYY-MM-DD (relative dates are resolved against it)')
    .option('--url <url>', 'the article\'s address, recorded as its source')
    .addOption(new Option('--format <format>', 'output format (default: json for one article, jsonl for several)').choices(['json', 'jsonl', 'table']))
    .option('--actors <file>', 'your actor dictionary (JSON or CSV: name, aliases, role, country, valid_from, valid_to); it overrides what the text says')
    .option('--max-bytes <n>', 'largest input accepted, in bytes', String(10 * 1024 * 1024))
    .action(async (files: string[], opts: ExtractOpts) => {
      const published = opts.published !== undefined ? parsePublishedOption(opts.published) : null;
      const url = opts.url !== undefined ? parseUrl(opts.url) : null;
      const maxBytes = Number(opts.maxBytes);
      if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UserError('bad-option', `--max-bytes '${opts.maxBytes}' is not a positive whole number`, 'e.g. --max-bytes 20000000');
      if (files.filter((f) => f === '-').length > 1) throw new UserError('bad-option', 'standard input ("-") can be read only once', 'name it once');
      const dictionary = opts.actors ? loadActorDictionaryFile(opts.actors) : null;
      const articles: Article[] = [];
      for (const f of files) articles.push(...(await readArticles(f, { published, url, maxBytes })));
      const format = opts.format ?? (articles.length === 1 ? 'json' : 'jsonl');
      const results: ExtractionResult[] = articles.map((a) => extractArticle(a, { dictionary }));
      if (format === 'json') {
        process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
      } else if (format === 'jsonl') {
        for (const r of results) process.stdout.write(JSON.stringify(r) + '\n');
      } else {
        process.stdout.write(renderTable(results) + '\n');
      }
    });
}
