import type { Command } from 'commander';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles } from '../../ingest/index.ts';
import { extractArticle } from '../../extract/index.ts';
import { renderTable } from '../format/table.ts';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/corpus/', import.meta.url));

export function registerStart(program: Command): void {
  program.command('start')
    .description('the main job: extract the bundled example corpus and show its engagements')
    .action(async () => {
      const files = readdirSync(EXAMPLES_DIR).filter((f) => /\.(json|html|txt)$/.test(f)).sort();
      const results = [];
      for (const f of files) for (const a of await readArticles(join(EXAMPLES_DIR, f), {})) results.push(extractArticle(a));
      process.stdout.write(renderTable(results) + '\n');
    });
}
