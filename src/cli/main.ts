import { Command, CommanderError } from 'commander';
import { UserError } from '../model/errors.ts';
import { registerExtract } from './commands/extract.ts';
import { registerStart } from './commands/start.ts';
import { registerCode } from './commands/code.ts';
import { registerExport } from './commands/export.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerEngagements } from './commands/engagements.ts';
import { registerActors } from './commands/actors.ts';
import { registerStats } from './commands/stats.ts';
import { registerReprocess } from './commands/reprocess.ts';
import { registerServe } from './commands/serve.ts';
import { registerCommitments } from './commands/commitments.ts';
import { registerCorrect } from './commands/correct.ts';
import { registerWorker } from './commands/worker.ts';
import { EXTRACTOR_VERSION } from '../extract/version.ts';

/** Builds the `readout` program; each command lives in its own file under commands/. */
export function program(): Command {
  const p = new Command('readout')
    .description('Turn diplomatic news and official readouts into a structured, sourced record of international engagement')
    .version(EXTRACTOR_VERSION)
    .showHelpAfterError('(run readout --help for usage)')
    .exitOverride();
  registerExtract(p);
  registerStart(p);
  registerIngest(p);
  registerEngagements(p);
  registerActors(p);
  registerStats(p);
  registerReprocess(p);
  registerServe(p);
  registerCommitments(p);
  registerCorrect(p);
  registerWorker(p);
  registerCode(p);
  registerExport(p);
  return p;
}

/** Runs the CLI and returns the exit code; user mistakes print a message and a hint, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return err.exitCode || 2;
    }
    if (err instanceof UserError) {
      process.stderr.write(`readout: ${err.message}\n`);
      if (err.hint) process.stderr.write(`hint: ${err.hint}\n`);
      return 2;
    }
    if ((err as NodeJS.ErrnoException)?.code === 'EPIPE') return 0;
    process.stderr.write(`readout: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.stderr.write('This is a bug in Readout; please report it with the input that caused it.\n');
    return 70;
  }
}
