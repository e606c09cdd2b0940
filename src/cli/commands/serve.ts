import type { Command } from 'commander';
import { UserError } from '../../model/errors.ts';
import { resolveToken } from '../../serve/api/index.ts';
import { openStore, storeTarget, DEFAULT_STORE } from '../../serve/queries/store.ts';
import { buildServer, ensureWebBuild, DEFAULT_RATE_LIMIT } from '../../serve/server.ts';

interface ServeOpts { db?: string; port: string; host: string; tokenFile?: string; rateLimit: string; web: boolean }

function wholeNumber(flag: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < min || n > max) {
    throw new UserError('bad-option', `${flag} '${raw}' is not a whole number from ${min} to ${max}`, `e.g. ${flag} ${flag === '--port' ? 8080 : DEFAULT_RATE_LIMIT.max}`);
  }
  return n;
}

/** The address to print: a wildcard bind is reachable on this machine as localhost. */
function shownAddress(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${h}:${port}`;
}

export function registerServe(program: Command): void {
  program.command('serve')
    .description('serve the REST API (docs at /api/docs) and the web dashboard')
    .option('--db <store>', `SQLite file or postgres:// URL (default: $DATABASE_URL, else ${DEFAULT_STORE})`)
    .option('--port <n>', 'port to listen on; 0 picks a free one', '8080')
    .option('--host <host>', 'address to listen on', 'localhost')
    .option('--token-file <file>', 'file holding the bearer token for POST /api/articles (else $READOUT_API_TOKEN; without either, ingest over the API is off)')
    .option('--rate-limit <n>', 'requests per minute per client', String(DEFAULT_RATE_LIMIT.max))
    .option('--no-web', 'serve the API only, without building or serving the dashboard')
    .action(async (opts: ServeOpts) => {
      const port = wholeNumber('--port', opts.port, 0, 65535);
      const max = wholeNumber('--rate-limit', opts.rateLimit, 1, 1_000_000);
      const token = resolveToken({ tokenFile: opts.tokenFile ?? null, env: process.env });
      const store = await openStore(storeTarget(opts.db));
      const webDir = opts.web ? await ensureWebBuild(undefined, (s) => process.stderr.write(`readout: ${s}\n`)) : null;
      const app = await buildServer({ store, token, webDir, rateLimit: { max, timeWindowMs: 60_000 } });
      app.addHook('onClose', async () => store.close());
      try {
        await app.listen({ port, host: opts.host });
      } catch (err) {
        await app.close();
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new UserError('port-in-use', `port ${port} on ${opts.host} is already in use`, 'Pick another with --port, or --port 0 for any free one');
        if (code === 'EACCES') throw new UserError('port-denied', `not allowed to listen on port ${port}`, 'Use a port above 1023');
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UserError('bad-host', `cannot listen on host "${opts.host}" (${code})`, 'Use localhost, 127.0.0.1 or 0.0.0.0');
        throw err;
      }
      const addr = app.server.address();
      const actual = typeof addr === 'object' && addr ? addr.port : port;
      process.stdout.write(`Readout is serving ${store.target} at ${shownAddress(opts.host, actual)}\n`);
      process.stdout.write(`API docs: ${shownAddress(opts.host, actual)}/api/docs${token ? '' : ' (POST /api/articles is off: no API token configured)'}\n`);
      await new Promise<void>((resolveStop) => {
        const stop = () => { void app.close().then(() => resolveStop()); };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
