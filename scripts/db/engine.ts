// Prisma's schema engine as WebAssembly, run in-process with a driver adapter.
// The native engine binary cannot be downloaded on this network (shared/notes/toolchain-offline.md),
// so migrate/diff go through @prisma/schema-engine-wasm. Its package entry imports the
// .wasm as an ES module, which Node refuses; load the bindings and the .wasm by hand.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { ROOT, type Provider } from "./providers";

export type { SchemaEngine };

type Bindings = typeof bg;

let bindings: Promise<Bindings> | undefined;
const engineTimers = new Set<ReturnType<typeof setTimeout>>();
let openEngines = 0;

/** Instantiates the WASM module once per process. */
export function loadSchemaEngineWasm(): Promise<Bindings> {
  bindings ??= (async () => {
    const require = createRequire(path.join(ROOT, "package.json"));
    const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bytes = readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
    const imports: Record<string, unknown> = { ...bg };
    // The engine arms 10 s timers (e.g. the PostgreSQL advisory-lock timeout) and never
    // clears them (the bindings import no clearTimeout), so a finished migration kept the
    // process alive for 10 s. Track them; close() clears them once no engine is open.
    const setTimeoutImport = Object.keys(bg).find((k) => k.startsWith("__wbg_setTimeout_"));
    if (setTimeoutImport) {
      imports[setTimeoutImport] = (callback: () => void, ms: number) => {
        const timer = setTimeout(() => {
          engineTimers.delete(timer);
          callback();
        }, ms >>> 0);
        engineTimers.add(timer);
        return timer;
      };
    }
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  bindings.catch(() => {
    bindings = undefined;
  });
  return bindings;
}

/**
 * The adapter factory the engine needs, wrapped so `connect` keeps its `this`.
 * Adapters it opens are pushed to `opened`: freeing the engine does not dispose them,
 * and an open pg pool keeps the process alive (and the database busy) for its idle timeout.
 */
export function migrationAdapterFactory(provider: Provider, databaseUrl: string, opened: SqlDriverAdapter[] = []) {
  const inner: SqlMigrationAwareDriverAdapterFactory =
    provider === "sqlite" ? new PrismaBetterSqlite3({ url: databaseUrl }) : new PgEngineAdapterFactory(databaseUrl);
  const track = async (adapter: Promise<SqlDriverAdapter>) => {
    const a = await adapter;
    opened.push(a);
    return a;
  };
  return bindMigrationAwareSqlAdapterFactory({
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => track(inner.connect()),
    connectToShadowDb: () => track(inner.connectToShadowDb()),
  });
}

/**
 * PrismaPg with three fixes for the schema engine (all verified against adapter-pg 7.10.1):
 * - executeScript: adapter-pg splits scripts on every ";" — inside comments, strings and
 *   plpgsql bodies too — and runs the pieces one by one outside a transaction. A migration
 *   is sent whole instead (simple-query protocol: multi-statement, one implicit transaction,
 *   as the native engine does).
 * - pg_catalog's "char" columns are reported as text (charAsTextPool).
 * - connectToShadowDb refuses: adapter-pg builds the shadow pool from `{ ...config, database }`,
 *   and with a connectionString pg lets the string's database win, so the "shadow" would
 *   be the real database. migrate-lib never needs a shadow database.
 */
class PgEngineAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName: string;
  readonly #inner: PrismaPg;

  constructor(databaseUrl: string) {
    this.#inner = new PrismaPg(charAsTextPool({ connectionString: databaseUrl }), { disposeExternalPool: true });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connect();
    const pool = adapter.underlyingDriver();
    adapter.executeScript = async (script: string): Promise<void> => {
      try {
        await pool.query(script);
      } catch (err) {
        (adapter as unknown as { onError(e: unknown): never }).onError(err);
      }
    };
    return adapter;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return Promise.reject(new Error("shadow databases are not supported here (see scripts/db/engine.ts)"));
  }
}

const PG_CHAR_OID = 18; // the one-byte internal type "char" (pg_class.relkind, pg_constraint.contype, …)
const PG_TEXT_OID = 25;

/**
 * The schema engine describes a PostgreSQL schema by querying pg_catalog, whose "char"
 * columns @prisma/adapter-pg refuses ("Column type 'char' could not be deserialized").
 * pg returns them as one-character strings already, so reporting them as text is exact.
 * Only the engine's pool needs this; the app's client never reads the catalog.
 */
function charAsTextPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
    const result = query(...args);
    if (result && typeof (result as Promise<unknown>).then === "function") {
      return (result as Promise<unknown>).then(charFieldsAsText);
    }
    return result;
  };
  return pool;
}

function charFieldsAsText<T>(result: T): T {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of (r as { fields?: { dataTypeID: number }[] } | undefined)?.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
  }
  return result;
}

export interface EngineHandle {
  engine: SchemaEngine;
  /** The wrapped adapter factory; its errorRegistry holds the driver errors behind "External error id#N". */
  adapter: ReturnType<typeof migrationAdapterFactory>;
  /** Turns an engine error into one readable message, resolving "External error id#N" to the driver's error. */
  describeError(err: unknown): string;
  /** Lines the engine logged (JSON strings); also printed to stderr when DEBUG_SCHEMA_ENGINE=1. */
  logs: string[];
  /** Frees the engine and disposes the connections its adapter opened. */
  close(): Promise<void>;
}

/**
 * Creates a schema engine connected to `databaseUrl` through the provider's driver adapter.
 * `datamodels` are [fileName, text] pairs of the provider's schema (optional; only the
 * commands that read "the" schema, e.g. schemaPush, need them).
 */
export async function createSchemaEngine(
  provider: Provider,
  databaseUrl: string,
  datamodels?: [string, string][],
): Promise<EngineHandle> {
  const engineModule = await loadSchemaEngineWasm();
  const opened: SqlDriverAdapter[] = [];
  const adapter = migrationAdapterFactory(provider, databaseUrl, opened);
  const logs: string[] = [];
  const log = (line: unknown) => {
    const text = typeof line === "string" ? line : JSON.stringify(line);
    logs.push(text);
    if (process.env.DEBUG_SCHEMA_ENGINE === "1") console.error(`[schema-engine] ${text}`);
  };
  let engine: SchemaEngine;
  try {
    engine = await engineModule.SchemaEngine.new({ datamodels }, log, adapter);
  } catch (err) {
    await Promise.all(opened.splice(0).map((a) => a.dispose().catch(() => undefined)));
    throw new Error(engineErrorMessage(err, adapter), { cause: err });
  }
  openEngines += 1;
  let closed = false;
  return {
    engine,
    adapter,
    describeError: (err) => engineErrorMessage(err, adapter),
    logs,
    async close() {
      if (closed) return;
      closed = true;
      engine.free();
      openEngines -= 1;
      if (openEngines === 0) {
        for (const timer of engineTimers) clearTimeout(timer);
        engineTimers.clear();
      }
      await Promise.all(opened.splice(0).map((a) => a.dispose().catch(() => undefined)));
    },
  };
}

/**
 * Engine errors arrive as Errors whose message carries a Rust span trace after the first
 * lines; driver errors are replaced by "External error id#N", an index into the adapter
 * factory's error registry. Make them one readable message.
 */
export function engineErrorMessage(err: unknown, adapter?: { errorRegistry?: { consumeError(id: number): { error: unknown } | undefined } }): string {
  let text: string;
  if (err instanceof Error) text = err.message;
  else if (typeof err === "string") text = err;
  else if (err && typeof err === "object" && typeof (err as { message?: unknown }).message === "string") text = (err as { message: string }).message;
  else text = String(err);
  // Drop the span trace ("   0: schema_engine_wasm::…") but keep the migration it names.
  const [head, trace = ""] = text.split(/\n\s+0: /, 2) as [string, string?];
  const migration = /migration_name="([^"]+)"/.exec(trace)?.[1];
  text = head.trim();
  if (migration && !text.includes(migration)) text = `${text} (migration ${migration})`;
  return text.replace(/External error id#(\d+)/g, (whole, id: string) => {
    const found = adapter?.errorRegistry?.consumeError(Number(id));
    if (!found) return whole;
    const e = found.error as { message?: unknown; kind?: unknown; originalMessage?: unknown; cause?: unknown };
    const detail = [e.originalMessage, e.message, e.kind].find((v) => typeof v === "string" && v.length > 0);
    return typeof detail === "string" ? detail : JSON.stringify(found.error);
  });
}
