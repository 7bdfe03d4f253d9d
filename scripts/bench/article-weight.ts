// `npm run bench:article [-- --base http://localhost:3204] [/market/<id> …]`: what a market
// article weighs on a slow phone. Without --base it starts the production build on a free
// port against a throwaway seeded SQLite database (scripts/e2e-server.sh, as bench:bundle).
// For each page it prints the HTML and CSS — everything needed to read it, since the
// article is a server component with no client JavaScript — raw and gzipped, and, apart,
// the framework JavaScript the browser also fetches but reading does not need. Target
// (issue #7): what reading needs < 100 kB. A measurement, not a test: exits 0.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { freePort, startBenchServer, stopBenchServer, waitForHealth } from "./server";

const DEFAULT_PAGES = ["/market/seed-us-tariff-125-2025", "/market/seed-cny-usd-rate-2025", "/market/seed-rcep-in-force-members", "/market"];
const TARGET_KB = 100;

async function bytesOf(url: string): Promise<Buffer> {
  const response = await fetch(url, { headers: { "accept-language": "zh-CN" } });

  return Buffer.from(await response.arrayBuffer());
}

const kb = (n: number) => (n / 1024).toFixed(1);

async function measure(base: string, page: string) {
  const html = await bytesOf(`${base}${page}`);
  const text = html.toString("utf8");
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  // Modern browsers skip nomodule polyfills (as bench:bundle counts them).
  const js = [...new Set([...text.matchAll(/<script([^>]*)src="([^"]+)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0])).map((m) => m[2]!))];
  const cssBodies = await Promise.all(css.map((href) => bytesOf(new URL(href, base).toString())));
  const jsBodies = await Promise.all(js.map((src) => bytesOf(new URL(src, base).toString())));
  const sum = (bufs: Buffer[]) => bufs.reduce((n, b) => n + b.length, 0);
  const gz = (bufs: Buffer[]) => bufs.reduce((n, b) => n + gzipSync(b).length, 0);
  const readRaw = html.length + sum(cssBodies);
  const readGz = gzipSync(html).length + gz(cssBodies);
  const images = (text.match(/<img\b/g) ?? []).length;
  const lazyImages = (text.match(/<img\b[^>]*loading="lazy"/g) ?? []).length;

  return { page, htmlRaw: html.length, htmlGz: gzipSync(html).length, cssRaw: sum(cssBodies), cssGz: gz(cssBodies), readRaw, readGz, jsFiles: js.length, jsRaw: sum(jsBodies), jsGz: gz(jsBodies), images, lazyImages };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const baseIndex = args.indexOf("--base");
  let base = baseIndex >= 0 ? args[baseIndex + 1] : undefined;
  const pages = args.filter((a, i) => a.startsWith("/") && i !== baseIndex + 1);
  let child: ChildProcess | undefined;
  let workDir: string | undefined;
  if (!base) {
    workDir = mkdtempSync(path.join(tmpdir(), "qkt-bench-article-"));
    const port = await freePort();
    child = startBenchServer(port, { E2E_DATABASE_URL: `file:${path.join(workDir, "bench.db")}`, E2E_STORAGE_DIR: path.join(workDir, "uploads"), QKT_JOBS: "0" });
    base = `http://127.0.0.1:${port}`;
  }
  try {
    await waitForHealth(base, child);
    console.log(`page | HTML kB (gz) | CSS kB (gz) | to read: kB (gz) | JS not needed to read: files, kB (gz) | images lazy/all | read < ${TARGET_KB} kB`);
    for (const page of pages.length ? pages : DEFAULT_PAGES) {
      const r = await measure(base, page);
      console.log(
        `${r.page} | ${kb(r.htmlRaw)} (${kb(r.htmlGz)}) | ${kb(r.cssRaw)} (${kb(r.cssGz)}) | ${kb(r.readRaw)} (${kb(r.readGz)}) | ${r.jsFiles}, ${kb(r.jsRaw)} (${kb(r.jsGz)}) | ${r.lazyImages}/${r.images} | ${r.readRaw < TARGET_KB * 1024 ? "PASS" : "FAIL"}`,
      );
    }
  } finally {
    if (child) await stopBenchServer(child);
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error("bench:article failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
