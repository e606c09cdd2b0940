import { PostgresAdapter, type CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Ctx } from './context.ts';
import { sqliteHandle } from './sqlite-statements.ts';
import type { DialectName } from './migrations/dialect.ts';
import type { Database } from './schema.ts';

type Value = string | number | boolean | null;
type Values = Record<string, Value | readonly Value[]>;

/** Hands the builder a stand-in for each named value (a list of them for an array value). */
export interface Placeholders {
  <T extends Value = string>(name: string): T;
  list<T extends Value = string>(name: string): T[];
}

interface Compiled {
  query: CompiledQuery<unknown>;
  /** The statement prepared on the store's SQLite connection, for runs inside a transaction. */
  statement?: BetterSqlite3.Statement;
  /** For each parameter of the SQL, the value it takes: [name], [name, index in the list], or a constant the builder wrote. */
  slots: ([string, number?] | { constant: unknown })[];
}

const MARK = '\u0000readout:';

// Keyed by the store's JSON codec: one per opened store, shared by its transactions, and it fixes
// the dialect the SQL was compiled for.
const compiledByStore = new WeakMap<object, Map<string, Compiled>>();

/** The dialect a connection speaks, for the few statements each dialect says its own way. */
export function dialectOf(db: Kysely<Database>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * A query Kysely builds and compiles once per store and shape (the length of each list value), then
 * runs with new values: ingest repeats a few queries for every article, and building and compiling
 * each again cost as much as running it. The builder must give the same SQL for any values of a
 * shape, so it may branch on nothing but list lengths and the dialect; anything else that changes
 * the SQL belongs in the name.
 */
export function prepared<R>(name: string, build: (db: Kysely<Database>, p: Placeholders, dialect: DialectName) => Compilable<R>) {
  const recent: Shape[] = [];
  return async (ctx: Ctx, values: Values): Promise<R[]> => {
    const c = recentShape(recent, ctx.json, values) ?? compiledFor(name, build, ctx, values, recent);
    const parameters = new Array<unknown>(c.slots.length);
    for (let j = 0; j < c.slots.length; j++) {
      const slot = c.slots[j];
      if (!Array.isArray(slot)) parameters[j] = slot.constant;
      else parameters[j] = slot[1] === undefined ? values[slot[0]] : (values[slot[0]] as readonly Value[])[slot[1]];
    }
    // Inside a transaction on SQLite this flow already holds the store's one connection (Kysely
    // hands it to nobody else until the transaction ends), so the statement can run on it directly,
    // without Kysely's driver layers, a cost as large as the statement's own for the small writes of
    // ingest. Outside one, Kysely's queue for the connection must be respected.
    const raw = ctx.db.isTransaction ? sqliteHandle(ctx.json) : undefined;
    if (raw) {
      c.statement ??= raw.prepare(c.query.sql);
      if (c.statement.reader) return c.statement.all(parameters) as R[];
      c.statement.run(parameters);
      return [];
    }
    const r = await ctx.db.executeQuery<R>({ ...c.query, parameters } as CompiledQuery<R>);
    return r.rows;
  };
}

/**
 * A shape a statement was lately run with: the names of its values in order and, for each, the
 * length of a list value or -1. Ingest runs a few statements for every article, nearly always with
 * the same names and list lengths, and spelling out the shape's key to look it up cost several
 * microseconds a call (a dozen names joined, then hashed), about as much as some of the writes.
 */
interface Shape {
  json: object;
  names: string[];
  lengths: number[];
  compiled: Compiled;
}

// Shapes remembered per statement: most statements come in one or two, lists of countries or people a few more.
const RECENT_SHAPES = 8;

function recentShape(recent: Shape[], json: object, values: Values): Compiled | undefined {
  for (const s of recent) {
    if (s.json !== json) continue;
    let i = 0;
    let same = true;
    for (const k in values) {
      const v = values[k];
      if (i >= s.names.length || k !== s.names[i] || (Array.isArray(v) ? v.length : -1) !== s.lengths[i]) {
        same = false;
        break;
      }
      i++;
    }
    if (same && i === s.names.length) return s.compiled;
  }
  return undefined;
}

/** The statement for this shape of values, compiled now if no transaction of this store has run it yet; remembered as a recent shape. */
function compiledFor<R>(name: string, build: (db: Kysely<Database>, p: Placeholders, dialect: DialectName) => Compilable<R>, ctx: Ctx, values: Values, recent: Shape[]): Compiled {
  let key = name;
  const names: string[] = [];
  const lengths: number[] = [];
  for (const k in values) {
    const v = values[k];
    key += Array.isArray(v) ? `|${k}[${v.length}]` : `|${k}`;
    names.push(k);
    lengths.push(Array.isArray(v) ? v.length : -1);
  }
  let cache = compiledByStore.get(ctx.json);
  if (!cache) compiledByStore.set(ctx.json, (cache = new Map()));
  let c = cache.get(key);
  if (!c) {
    const p = ((n: string) => `${MARK}${n}`) as Placeholders;
    p.list = (n: string) => {
      const v = values[n];
      if (!Array.isArray(v)) throw new Error(`prepared ${name}: value ${n} is not a list`);
      return v.map((_, i) => `${MARK}${n}#${i}`) as never;
    };
    const query = build(ctx.db, p, dialectOf(ctx.db)).compile() as CompiledQuery<unknown>;
    const slots = query.parameters.map((x): Compiled['slots'][number] => {
      if (typeof x !== 'string' || !x.startsWith(MARK)) return { constant: x };
      const [n, i] = x.slice(MARK.length).split('#');
      return i === undefined ? [n] : [n, Number(i)];
    });
    c = { query, slots };
    cache.set(key, c);
  }
  if (recent.length >= RECENT_SHAPES) recent.shift();
  recent.push({ json: ctx.json, names, lengths, compiled: c });
  return c;
}
