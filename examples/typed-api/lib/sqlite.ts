// Opens the example's SQLite database file. This file is driver plumbing only: the schema is in lib/db.ts, and the
// rules are in the SQL of the other modules in lib/.
//
// Two drivers run the same SQL. Where Node has the built-in `node:sqlite` (Node 22.13 and later: a download run
// locally), it opens the file with SQLite's own file locks, so two `next start` processes on one file take turns.
// Where it does not (the StackBlitz sandbox's Node), the WebAssembly build of SQLite (`node-sqlite3-wasm`) opens it;
// its lock is a `<file>.lock` folder that makes a second process fail at once instead of waiting, which is fine for
// the sandbox's single dev server and not for two processes. On Postgres, the same statements run through `pg` with
// $1, $2 … in place of ?.
import { mkdirSync } from 'node:fs';
import nodeModule from 'node:module';
import { dirname, join, resolve } from 'node:path';

export type Value = string | number | null;

export interface Database {
  /** Runs statements without parameters: the schema and the seed. */
  exec(sql: string): void;
  /** The first row the statement returns, or undefined. */
  get<Row>(sql: string, ...params: Value[]): Row | undefined;
  all<Row>(sql: string, ...params: Value[]): Row[];
  /** Runs a statement and says how many rows it changed. */
  run(sql: string, ...params: Value[]): { changes: number };
  /**
   * Runs `work` between BEGIN IMMEDIATE and COMMIT, and rolls back if it throws. IMMEDIATE takes the write lock at the
   * start, so no other connection writes between this transaction's reads and its writes. `work` is synchronous: an
   * `await` inside would let other requests of this process run their statements inside this transaction.
   */
  transaction<T>(work: () => T): T;
}

interface Driver {
  exec(sql: string): void;
  get(sql: string, params: Value[]): Record<string, unknown> | undefined;
  all(sql: string, params: Value[]): Record<string, unknown>[];
  run(sql: string, params: Value[]): { changes: number | bigint };
}

// Resolved from the app's folder at run time, so the bundler leaves both drivers to Node. (Not a named import of
// createRequire: webpack rewrites those calls at build time.)
const load = nodeModule.createRequire(join(process.cwd(), 'package.json'));

function builtIn(file: string): Driver | undefined {
  let sqlite: typeof import('node:sqlite');
  try {
    sqlite = load('node:sqlite');
  } catch {
    return undefined; // Older Node, or a WebContainer: use the WebAssembly build.
  }
  const db = new sqlite.DatabaseSync(file);
  // Wait up to 1 s for another process's write lock instead of failing at once (the wait blocks this process, so
  // keep it short; a transaction here takes milliseconds). WAL lets readers read meanwhile.
  db.exec('PRAGMA busy_timeout = 1000; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;');
  return {
    exec: (sql) => db.exec(sql),
    get: (sql, params) => db.prepare(sql).get(...params),
    all: (sql, params) => db.prepare(sql).all(...params),
    run: (sql, params) => db.prepare(sql).run(...params),
  };
}

function webAssembly(file: string): Driver {
  if (process.env.NODE_ENV === 'production') {
    console.warn(`${file}: opened with WebAssembly SQLite, which has no file locks. Run one server process on this file, or Node 22.13+.`);
  }
  const { Database: WasmDatabase } = load('node-sqlite3-wasm') as typeof import('node-sqlite3-wasm');
  let db: InstanceType<typeof WasmDatabase>;
  try {
    db = new WasmDatabase(file);
    db.exec('PRAGMA foreign_keys = ON;');
  } catch (error) {
    // Most likely a file that node:sqlite (Node 22.13+) left in WAL mode, which this driver cannot read.
    throw new Error(`${file} cannot be opened without node:sqlite (${(error as Error).message}). Run Node 22.13 or later, or delete the file to start over.`);
  }
  return {
    exec: (sql) => db.exec(sql),
    get: (sql, params) => db.get(sql, params) ?? undefined,
    all: (sql, params) => db.all(sql, params),
    run: (sql, params) => db.run(sql, params),
  };
}

function wrap(driver: Driver): Database {
  // Plain objects, so rows can be passed to Client Components as they are.
  const plain = <Row>(row: Record<string, unknown> | undefined) => (row ? ({ ...row } as Row) : undefined);
  return {
    exec: (sql) => driver.exec(sql),
    get: (sql, ...params) => plain(driver.get(sql, params)),
    all: (sql, ...params) => driver.all(sql, params).map((row) => plain(row)!),
    run: (sql, ...params) => ({ changes: Number(driver.run(sql, params).changes) }),
    transaction(work) {
      driver.exec('BEGIN IMMEDIATE');
      try {
        const result = work();
        if (result && typeof (result as { then?: unknown }).then === 'function') throw new Error('transaction(): work must be synchronous.');
        driver.exec('COMMIT');
        return result;
      } catch (error) {
        try {
          driver.exec('ROLLBACK');
        } catch {
          // SQLite may have rolled back already (after an I/O error, say): the first error is the one to report.
        }
        throw error;
      }
    },
  };
}

/**
 * True when `error` is a UNIQUE constraint refusing a write: the database's way of saying "already taken". (Postgres
 * reports the same as SQLSTATE 23505.)
 */
export const isUniqueViolation = (error: unknown): boolean => error instanceof Error && /UNIQUE constraint failed/.test(error.message);

const open = ((globalThis as { __sqlite?: Map<string, Database> }).__sqlite ??= new Map());

/**
 * The database at `DATABASE_FILE`, or `.data/<name>.db` in the app's folder, with `schema` applied. One connection
 * per file and process, kept across dev-server reloads. `schema` must be safe to run again (CREATE … IF NOT EXISTS,
 * INSERT … ON CONFLICT DO NOTHING): every process that opens the file runs it.
 */
export function openDatabase(name: string, schema: string): Database {
  const file = resolve(process.env.DATABASE_FILE || join('.data', `${name}.db`));
  let db = open.get(file);
  if (!db) {
    mkdirSync(dirname(file), { recursive: true });
    db = wrap(builtIn(file) ?? webAssembly(file));
    db.transaction(() => db!.exec(schema));
    open.set(file, db);
  }
  return db;
}
