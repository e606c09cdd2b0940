// Runs the commitments and correct commands in-process, as `readout` would, capturing what they print.
import { Command, CommanderError } from 'commander';
import { registerCommitments } from '../../../src/cli/commands/commitments.ts';
import { registerCorrect } from '../../../src/cli/commands/correct.ts';
import { registerReprocess } from '../../../src/cli/commands/reprocess.ts';
import { UserError } from '../../../src/model/errors.ts';
import { openStore } from '../../../src/store/db.ts';
import { withCommitmentSchema } from './schema.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[]): Promise<CliResult> {
  const dbAt = args.indexOf('--db');
  if (dbAt >= 0) await (await withCommitmentSchema(await openStore(args[dbAt + 1]))).close();
  const program = new Command('readout').exitOverride().configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
  registerCommitments(program);
  registerCorrect(program);
  registerReprocess(program);
  const out: string[] = [];
  const err: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => { out.push(String(chunk)); return true; }) as typeof process.stdout.write;
  let code = 0;
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (e) {
    if (e instanceof UserError) {
      err.push(`readout: ${e.message}\n${e.hint ? `hint: ${e.hint}\n` : ''}`);
      code = 2;
    } else if (e instanceof CommanderError) {
      code = e.exitCode || 2;
    } else {
      throw e;
    }
  } finally {
    process.stdout.write = write;
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}
