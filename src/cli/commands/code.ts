import type { Command } from 'commander';
import { Option } from 'commander';
import { UserError } from '../../model/errors.ts';
import { readArticles } from '../../ingest/index.ts';
import { codeText, type CodedSentence } from '../../extract/coder/index.ts';

interface CodeOpts { format?: 'jsonl' | 'json'; all?: boolean; maxBytes?: string }

/** What one printed line holds: the sentence and the events it states, PLOVER fields first. */
export interface CodeLine {
  article: number;
  sentence: { index: number; start: number; end: number; text: string };
  events: Record<string, unknown>[];
}

/** Keeps the diplomatic events unless `all`; drops sentences left without events unless `all`. */
export function codeLines(articleIndex: number, sentences: CodedSentence[], all: boolean): CodeLine[] {
  const out: CodeLine[] = [];
  for (const s of sentences) {
    const events = all ? s.events : s.events.filter((e) => e.diplomatic);
    if (!events.length && !all) continue;
    out.push({
      article: articleIndex,
      sentence: { index: s.index, start: s.span.start, end: s.span.end, text: s.span.text },
      events: events.map((e) => ({
        actor: e.actor, recipient: e.recipient, event: e.event, mode: e.mode, context: e.context,
        eventText: e.eventText, span: { start: e.span.start, end: e.span.end },
        cameo: e.cameo.code, cameoName: e.cameo.name, goldstein: e.cameo.goldstein, quadClass: e.cameo.quadClass,
        diplomatic: e.diplomatic, modality: e.modality, rule: e.rule,
      })),
    });
  }
  return out;
}

/** Where the command prints; tests pass their own sink. */
export interface Output { write(chunk: string): unknown }

export function registerCode(program: Command, out: Output = process.stdout): void {
  program.command('code')
    .description('print the events each sentence states, in PLOVER\'s JSON shape with CAMEO codes ("-" reads stdin)')
    .argument('<file>', 'an article (text, HTML or JSON article objects), or - for standard input')
    .addOption(new Option('--format <format>', 'jsonl: one sentence per line; json: one array').choices(['jsonl', 'json']).default('jsonl'))
    .option('--all', 'also print non-diplomatic events and sentences with no event')
    .option('--max-bytes <n>', 'largest input accepted, in bytes', String(10 * 1024 * 1024))
    .action(async (file: string, opts: CodeOpts) => {
      const maxBytes = Number(opts.maxBytes);
      if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UserError('bad-option', `--max-bytes '${opts.maxBytes}' is not a positive whole number`, 'e.g. --max-bytes 20000000');
      const articles = await readArticles(file, { published: null, url: null, maxBytes });
      const lines = articles.flatMap((a, i) => codeLines(i, codeText(a.text), opts.all === true));
      if (opts.format === 'json') out.write(JSON.stringify(lines, null, 2) + '\n');
      else for (const l of lines) out.write(JSON.stringify(l) + '\n');
    });
}
