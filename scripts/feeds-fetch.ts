// npm run feeds:fetch — gathers every active feed source once and prints one line per source.
//
// SQLite (the default): the running server already gathers feeds itself (src/instrumentation.ts,
// FEEDS_INTERVAL_MINUTES). SQLite allows one writing process (prisma/orm#29933), so this
// command refuses to run while a server answers on PORT (default 3000); stop the server
// first, or use the "fetch now" button on /market/sources. PostgreSQL: run it whenever you
// like, e.g. from cron; a database lease keeps it from overlapping the servers' own runs.
import { dbProvider } from "../src/server/db";
import { gatherAllFeeds } from "../src/modules/market/feeds/gather";

async function serverIsUp(): Promise<boolean> {
  const port = process.env.PORT ?? "3000";
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(1500) });
    return response.ok;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  if (dbProvider() === "sqlite" && (await serverIsUp())) {
    console.error("feeds:fetch: a server is running on this SQLite database; it gathers feeds itself. Stop it first, or use /market/sources → Fetch now.");
    return 2;
  }
  const outcomes = await gatherAllFeeds();
  for (const o of outcomes) {
    console.log(`${o.status === "ok" ? "ok   " : "ERROR"} ${o.name}: ${o.entries} entries, ${o.created} new (${o.published} published), ${o.duplicate} duplicate${o.error ? ` — ${o.error}` : ""}`);
  }
  if (outcomes.length === 0) console.log("feeds:fetch: no active sources");

  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("feeds:fetch failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
