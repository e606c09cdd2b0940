#!/usr/bin/env node
// Node 20 cannot strip TypeScript types, so the CLI registers tsx before loading the sources.
import { register } from 'tsx/esm/api';
register();
// Output piped into `head` closes early; that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) stream.on('error', (err) => { if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw err; });
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
