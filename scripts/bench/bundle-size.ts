// `npm run bench:bundle [-- /extra/route …]`: JavaScript shipped per page, gzipped.
// Starts the production build (building first when needed) with scripts/e2e-server.sh on a
// free port against a throwaway seeded SQLite database, fetches each route below, collects
// the <script src> tags and <link rel="modulepreload"|rel="preload" as="script"> of its HTML,
// fetches each JS file once, gzips it (default level) and prints route → JS gzipped kB,
// marked PASS/FAIL against the budget. A measurement, not a test: exits 0 unless the
// server fails. BENCH_BUDGET_KB overrides the budget; --json <file> also writes the results.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { freePort, startBenchServer, stopBenchServer, waitForHealth } from "./server";

/** Pages to measure. Add yours here (public pages; signed-in pages measure their redirect). */
export const ROUTES: string[] = ["/", "/login", "/register"];
/** Applicant forms, measured signed in as the demo applicant 13800000001. */
export const APPLICANT_ROUTES: string[] = ["/subjects", "/subjects/new", "/delegations", "/history", "/account"];
const DEMO_APPLICANT = { phone: "13800000001", password: "Qkt-demo-2026" };

const BUDGET_KB = Number(process.env.BENCH_BUDGET_KB ?? 150);

interface RouteResult {
  route: string;
  status: number;
  finalPath: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  scripts: string[];
  jsBytes: number;
  jsGzipBytes: number;
  pass: boolean;
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([a-zA-Z:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, (m[2] ?? m[3] ?? m[4] ?? "").replaceAll("&amp;", "&"));
  }
  return attrs;
}

/**
 * Same-origin JS URLs referenced by the page: script src, modulepreload, preload as=script.
 * `<script nomodule>` (Next's legacy polyfills) is skipped: browsers that run modules — every
 * phone browser we target — never download it.
 */
export function scriptUrls(html: string, pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  const found = new Set<string>();
  const add = (src: string | undefined) => {
    if (!src) return;
    const url = new URL(src, pageUrl);
    if (url.origin === origin) found.add(url.toString());
  };
  // Inline scripts (the RSC payload) may quote markup; only look at real tags.
  const tags = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, "$1</script>");
  for (const m of tags.matchAll(/<script\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    if (!a.has("nomodule")) add(a.get("src"));
  }
  for (const m of tags.matchAll(/<link\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    const rel = (a.get("rel") ?? "").toLowerCase().split(/\s+/);
    if (rel.includes("modulepreload") || (rel.includes("preload") && a.get("as") === "script")) add(a.get("href"));
  }
  return [...found];
}

const jsCache = new Map<string, Promise<{ bytes: number; gzip: number }>>();

function measureJs(url: string): Promise<{ bytes: number; gzip: number }> {
  let p = jsCache.get(url);
  if (!p) {
    p = (async () => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      const body = Buffer.from(await res.arrayBuffer());
      return { bytes: body.length, gzip: gzipSync(body).length };
    })();
    jsCache.set(url, p);
  }
  return p;
}

function cookiePairs(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in through next-auth's credentials endpoint (the API path every integrator can use too). */
async function signIn(base: string, phone: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiePairs(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, phone, password, json: "true" }),
  });
  const session = cookiePairs(res).filter((c) => c.includes("qkt.session="));
  if (session.length === 0) throw new Error(`sign-in as ${phone} failed (HTTP ${res.status})`);

  return session.join("; ");
}

async function measureRoute(base: string, route: string, cookie?: string): Promise<RouteResult> {
  const res = await fetch(`${base}${route}`, { headers: { "accept-language": "zh-CN", ...(cookie ? { cookie } : {}) } });
  const html = Buffer.from(await res.arrayBuffer());
  const scripts = scriptUrls(html.toString("utf8"), res.url);
  let jsBytes = 0;
  let jsGzipBytes = 0;
  for (const url of scripts) {
    const m = await measureJs(url);
    jsBytes += m.bytes;
    jsGzipBytes += m.gzip;
  }
  return {
    route,
    status: res.status,
    finalPath: new URL(res.url).pathname,
    htmlBytes: html.length,
    htmlGzipBytes: gzipSync(html).length,
    scripts: scripts.map((u) => new URL(u).pathname),
    jsBytes,
    jsGzipBytes,
    pass: jsGzipBytes <= BUDGET_KB * 1024,
  };
}

const kb = (n: number) => (n / 1024).toFixed(1);

function printTable(results: RouteResult[]): void {
  const header = ["Route", "Status", "HTML kB", "HTML gz kB", "JS files", "JS kB", "JS gz kB", `Budget ${BUDGET_KB} kB`];
  const rows = results.map((r) => [
    r.finalPath === r.route ? r.route : `${r.route} → ${r.finalPath}`,
    String(r.status),
    kb(r.htmlBytes),
    kb(r.htmlGzipBytes),
    String(r.scripts.length),
    kb(r.jsBytes),
    kb(r.jsGzipBytes),
    r.pass ? "PASS" : "FAIL",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  let jsonOut: string | undefined;
  const extra: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--json") jsonOut = args[++i];
    else if (args[i]!.startsWith("/")) extra.push(args[i]!);
  }
  const routes = [...new Set([...ROUTES, ...extra])];

  const workDir = mkdtempSync(path.join(tmpdir(), "qkt-bench-"));
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const child = startBenchServer(port, { E2E_DATABASE_URL: `file:${path.join(workDir, "bench.db")}`, E2E_STORAGE_DIR: path.join(workDir, "uploads") });
  const cleanup = () => {
    void stopBenchServer(child);
    rmSync(workDir, { recursive: true, force: true });
  };
  process.once("SIGINT", () => {
    cleanup();
    process.exit(130);
  });
  try {
    await waitForHealth(base, child);
  } catch (err) {
    cleanup();
    console.error(`[bench] ERROR: ${(err as Error).message}`);
    return 1;
  }

  const results: RouteResult[] = [];
  try {
    for (const route of routes) {
      try {
        results.push(await measureRoute(base, route));
      } catch (err) {
        console.error(`[bench] ${route}: ${(err as Error).message}`);
      }
    }
    const cookie = await signIn(base, DEMO_APPLICANT.phone, DEMO_APPLICANT.password);
    for (const route of APPLICANT_ROUTES) {
      try {
        results.push({ ...(await measureRoute(base, route, cookie)), route: `${route} (applicant)` });
      } catch (err) {
        console.error(`[bench] ${route}: ${(err as Error).message}`);
      }
    }
  } finally {
    cleanup();
  }

  console.log(`\nJavaScript per page, gzipped (budget ${BUDGET_KB} kB; HTML includes the inline RSC payload)\n`);
  printTable(results);
  const failing = results.filter((r) => !r.pass).length;
  console.log(`\n${results.length - failing} within budget, ${failing} over budget`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ budgetKb: BUDGET_KB, results }, null, 2));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
