// Runs the store commands the way bin/readout.mjs runs the CLI, until the lead wires them into
// src/cli/main.ts: same exit codes, messages and hints. Usage: node --import tsx ingest-harness.ts <args>
import { Command, CommanderError } from 'commander';
import { UserError } from '../../src/model/errors.ts';
import { registerActors } from '../../src/cli/commands/actors.ts';
import { registerEngagements } from '../../src/cli/commands/engagements.ts';
import { registerIngest } from '../../src/cli/commands/ingest.ts';
import { registerReprocess } from '../../src/cli/commands/reprocess.ts';
import { registerStats } from '../../src/cli/commands/stats.ts';

const program = new Command('readout').exitOverride();
registerIngest(program);
registerEngagements(program);
registerActors(program);
registerStats(program);
registerReprocess(program);

async function run(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.code === 'commander.helpDisplayed' ? 0 : err.exitCode || 2;
    if (err instanceof UserError) {
      process.stderr.write(`readout: ${err.message}\n`);
      if (err.hint) process.stderr.write(`hint: ${err.hint}\n`);
      return 2;
    }
    process.stderr.write(`readout: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    return 70;
  }
}

process.exitCode = await run(process.argv.slice(2));
