// PostgreSQL for the chaos runs: a scratch database per campaign on a server the user names, and for
// the immediate-shutdown campaign a throwaway cluster of our own (started with scripts/ci), since
// only a server we own may be shot down.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const SCRIPTS = fileURLToPath(new URL('../scripts/ci/', import.meta.url));

export interface Scratch { url: string; drop: () => Promise<void> }

/** A new empty database on the server `adminUrl` points at, so a campaign never touches existing data. */
export async function scratchDatabase(adminUrl: string, prefix = 'readout_chaos'): Promise<Scratch> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
        await c.query(`drop database if exists ${name}`);
      } finally {
        await c.end();
      }
    },
  };
}

export interface Cluster {
  url: string;
  /** Stops the server the way a power cut would look to it: no checkpoint, no shutdown record. */
  stopImmediate: () => Promise<void>;
  /** Starts it again on the same data directory; recovery replays the WAL. */
  restart: () => Promise<void>;
  teardown: () => Promise<void>;
}

async function pgBin(): Promise<string> {
  const { stdout } = await run('sh', ['-c', 'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1']);
  const dir = stdout.trim();
  if (!dir) throw new Error('no PostgreSQL server under /usr/lib/postgresql');
  return dir;
}

/**
 * A throwaway cluster from scripts/ci/start-postgres.sh on its own port and state file. That script
 * turns synchronous_commit off for speed, which lets an immediate shutdown drop commits already
 * acknowledged; the scratch database turns it back on, since durability is what is under test.
 */
export async function throwawayCluster(port: number): Promise<Cluster> {
  const state = `/tmp/readout-chaos-pg-${port}.datadir`;
  const env = { ...process.env, READOUT_PG_PORT: String(port), READOUT_PG_STATE: state };
  const { stdout } = await run('bash', [`${SCRIPTS}start-postgres.sh`], { env });
  const url = stdout.trim().split('\n').pop()!;
  const datadir = readFileSync(state, 'utf8').trim();
  const bin = await pgBin();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`alter database ${new URL(url).pathname.slice(1)} set synchronous_commit = on`);
  } finally {
    await c.end();
  }
  const asPg = (args: string[]) => run('runuser', ['-u', 'postgres', '--', ...args]);
  return {
    url,
    stopImmediate: async () => { await asPg([`${bin}/pg_ctl`, '-D', datadir, '-m', 'immediate', '-w', 'stop']); },
    restart: async () => {
      // Right after an immediate stop the old postmaster's children may still hold the port or
      // shared memory for a moment, so a failed start is retried before giving up.
      for (let attempt = 1; ; attempt++) {
        try {
          await asPg([`${bin}/pg_ctl`, '-D', datadir, '-l', `${datadir}/server.log`, '-w', '-t', '60',
            '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k /tmp -c fsync=off -c full_page_writes=off`, 'start']);
          return;
        } catch (err) {
          if (attempt >= 5) {
            const log = readFileSync(`${datadir}/server.log`, 'utf8').split('\n').slice(-8).join('\n');
            throw new Error(`PostgreSQL did not restart after an immediate stop: ${(err as Error).message}\n${log}`);
          }
          await new Promise((r) => setTimeout(r, 1000 * attempt));
        }
      }
    },
    teardown: async () => { await run('bash', [`${SCRIPTS}stop-postgres.sh`], { env }); },
  };
}
