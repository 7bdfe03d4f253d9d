import "server-only";
// The app's Prisma client. DATABASE_URL picks the provider: `file:` → SQLite (the default,
// file:./data/portal.db against the working directory), `postgres(ql)://` → PostgreSQL.
// Prisma 7 generates one client per provider (scripts/db/generate.ts); the models are
// identical, so the SQLite client's type is the one the app is typed against.
//
// SQLite: WAL journal mode and a busy timeout on every connection, one writer process
// (shared/notes/toolchain-offline.md). Migrations are not applied here: scripts/db/migrate.ts.
import { AsyncLocalStorage } from "node:async_hooks";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient as PostgresClient } from "@/generated/postgresql/client";
import { PrismaClient as SqliteClient, type Prisma } from "@/generated/sqlite/client";

/** The app's database client (typed as the SQLite client; the PostgreSQL one has the same models). */
export type Db = SqliteClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
export type DbProvider = "sqlite" | "postgresql";

const DEFAULT_DATABASE_URL = "file:./data/portal.db";
/** How long a SQLite statement waits for another connection's lock before SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function providerOfUrl(url: string): DbProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: or postgresql:// (got ${url.split(":")[0]}:)`);
}

/** The provider of DATABASE_URL (what `db` talks to). */
export function dbProvider(): DbProvider {
  return providerOfUrl(databaseUrl());
}

/** `file:` URL → absolute path (relative paths against the working directory; query string dropped). */
function sqlitePath(url: string): string {
  const raw = url.replace(/^file:/, "").replace(/\?.*$/, "");
  if (raw === ":memory:") return raw;
  return path.resolve(process.cwd(), raw.startsWith("//") ? new URL(`file:${raw}`).pathname : raw);
}

type SqliteStatement = { reader: boolean; run(params: unknown[]): unknown; columns(): unknown[]; raw(toggle: boolean): { all(params: unknown[]): unknown[] } };
type SqliteConnection = { prepare(sql: string): unknown; exec(sql: string): unknown; inTransaction: boolean };
type SqliteTransaction = { rollback(): Promise<void> };

const STATEMENT_CACHE_SIZE = 256;

/**
 * Two repairs to a connected PrismaBetterSqlite3 adapter, through its `client` field (the
 * better-sqlite3 connection; without one nothing changes):
 *
 * 1. A failed COMMIT is rolled back. When COMMIT fails (SQLITE_BUSY because another
 *    connection holds a lock in rollback-journal mode, a deferred constraint, a full disk),
 *    SQLite keeps the transaction open; Prisma then calls the adapter's rollback(), which only
 *    releases its mutex. The connection would stay inside that transaction: every later BEGIN
 *    fails and every later write joins a transaction that is never committed (prisma/orm#29933,
 *    shared/notes/toolchain-offline.md). So rollback() first ends any transaction still open
 *    on the connection. (A normal rollback has already sent ROLLBACK: nothing is open.)
 * 2. Statements are compiled once per SQL text. The adapter compiles every query afresh
 *    (`prepare(sql).bind(args)`, binding the arguments into the statement for good); that was
 *    the largest single cost of a booking request (about 6% of the server's CPU). Prisma's SQL
 *    is parameterised, so a few dozen texts cover the app; the adapter gets a statement that
 *    passes the arguments at each run instead of binding them. SQLite recompiles a kept
 *    statement itself after a schema change.
 * 3. Queries outside a transaction wait while one is open. The adapter runs everything on its
 *    one connection and serialises only transactions, so a query from another request, made
 *    between two statements of an open transaction, ran inside it: it read uncommitted rows,
 *    and a write vanished with the transaction's rollback. Work running inside a
 *    `$transaction` callback (marked by withTransactionContext) is not held back: a stray
 *    `db()` call there joins its own transaction, as before, instead of waiting for itself.
 */
export function hardenSqliteAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const connection = (adapter as unknown as { client?: SqliteConnection }).client;
  if (!connection || typeof connection.prepare !== "function") return adapter;

  let openTransaction: Promise<void> | null = null;
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args: Parameters<typeof startTransaction>) => {
    const transaction = (await startTransaction(...args)) as unknown as SqliteTransaction & { commit(): Promise<void> };
    let ended!: () => void;
    const open = new Promise<void>((resolve) => (ended = resolve));
    openTransaction = open;
    const end = () => {
      if (openTransaction === open) openTransaction = null;
      ended();
    };
    const commit = transaction.commit.bind(transaction);
    transaction.commit = async () => {
      try {
        await commit();
      } finally {
        end();
      }
    };
    const release = transaction.rollback.bind(transaction);
    transaction.rollback = async () => {
      try {
        if (connection.inTransaction) connection.exec("ROLLBACK");
      } finally {
        try {
          await release();
        } finally {
          end();
        }
      }
    };
    return transaction as unknown as Awaited<ReturnType<typeof startTransaction>>;
  };
  const outsideTransactions = async () => {
    if (transactionContext.getStore()) return;
    while (openTransaction) await openTransaction;
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (...args: Parameters<typeof queryRaw>) => {
    await outsideTransactions();
    return queryRaw(...args);
  };
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (...args: Parameters<typeof executeRaw>) => {
    await outsideTransactions();
    return executeRaw(...args);
  };

  const prepare = connection.prepare.bind(connection) as (sql: string) => SqliteStatement;
  const compiled = new Map<string, SqliteStatement>();
  connection.prepare = (sql: string) => {
    let statement = compiled.get(sql);
    if (!statement) {
      if (compiled.size >= STATEMENT_CACHE_SIZE) compiled.delete(compiled.keys().next().value!);
      statement = prepare(sql);
      compiled.set(sql, statement);
    }
    const kept = statement;
    const bound = (args: unknown[]) => ({ reader: kept.reader, run: () => kept.run(args), columns: () => kept.columns(), raw: () => ({ all: () => kept.raw(true).all(args) }) });

    return { reader: kept.reader, bind: bound, run: (...args: unknown[]) => kept.run(args) };
  };

  return adapter;
}

/** Set while a `$transaction` callback of a SQLite client runs (see hardenSqliteAdapter, repair 3). */
const transactionContext = new AsyncLocalStorage<true>();

/**
 * Marks everything a `$transaction` call does, callback included, as inside a transaction.
 * createDb applies it; a client derived with `$extends` inherits it.
 */
function withTransactionContext<C extends { $transaction: unknown }>(client: C): C {
  const transaction = client.$transaction as (this: unknown, ...args: unknown[]) => unknown;
  // `this`, not the client captured here: a client derived with $extends finds this property
  // on the base and must run the transaction as itself, with its extensions.
  (client as { $transaction: unknown }).$transaction = function (this: unknown, ...args: unknown[]) {
    return transactionContext.run(true, () => transaction.apply(this, args));
  };
  return client;
}

/**
 * PrismaBetterSqlite3 with two pragmas run on each new connection before Prisma uses it.
 * The adapter has no hook for pragmas (its options are better-sqlite3's: `timeout` is the
 * busy timeout), so wrap `connect`. journal_mode=WAL persists in the file; setting it again
 * is a no-op.
 */
function sqliteAdapter(url: string): SqlDriverAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url: `file:${sqlitePath(url)}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      const adapter = await inner.connect();
      await adapter.executeScript(`PRAGMA journal_mode = WAL; PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS};`);
      return hardenSqliteAdapter(adapter);
    },
  };
}

/** A new client for `url` (not the singleton): for tests and scripts. Call `$disconnect()` when done. */
export function createDb(url: string = databaseUrl()): Db {
  if (providerOfUrl(url) === "sqlite") {
    return withTransactionContext(new SqliteClient({ adapter: sqliteAdapter(url) }));
  }
  return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
}

// Cached on globalThis so Next's dev hot reload does not open a client per reload.
const globalForDb = globalThis as typeof globalThis & { qktDb?: { url: string; provider: DbProvider; client: Db } };

/** The process-wide client for DATABASE_URL, created on first use. */
export function getDb(): Db {
  const url = databaseUrl();
  const cached = globalForDb.qktDb;
  if (cached && cached.url === url) return cached.client;
  // DATABASE_URL changed (only tests do that): leave the old client to its own $disconnect.
  const client = createDb(url);
  globalForDb.qktDb = { url, provider: providerOfUrl(url), client };
  return client;
}

/**
 * The singleton client, created lazily on first use. Use it as the client (`db.user.findMany()`,
 * `db.$transaction(…)`) or call it (`db()`): both reach the same instance.
 */
export const db: Db & (() => Db) = new Proxy((() => getDb()) as Db & (() => Db), {
  apply: () => getDb(),
  get(_target, prop) {
    const client = getDb();
    const value: unknown = Reflect.get(client, prop, client);
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
  has: (_target, prop) => Reflect.has(getDb(), prop),
  set: (_target, prop, value) => Reflect.set(getDb(), prop, value),
});
