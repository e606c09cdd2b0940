// The API in its own process, as in production, so the load generator does not share its event loop.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../src/serve/server.ts';
import { openStore } from '../src/serve/queries/store.ts';

export interface Running { url: string; pid: number; stop: () => void }

export function startServer(file: string): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), file], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the API process exited with ${code}`)));
    child.stdout.once('data', (d: Buffer) => resolve({ url: d.toString().trim(), pid: child.pid!, stop: () => child.kill('SIGTERM') }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const store = await openStore(process.argv[2]);
  // The limiter is off: the fixed rate below is far over a single client's allowance by design.
  const app = await buildServer({ store, token: null, rateLimit: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  process.stdout.write(`http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}\n`);
  process.once('SIGTERM', () => { void app.close().then(() => store.close()).then(() => process.exit(0)); });
}
