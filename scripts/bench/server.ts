// The benchmarks' own production server: scripts/e2e-server.sh (migrate, seed, build if the
// sources changed, next start) in its own process group, on a free port, stopped with
// everything it started. Shared by every bench script.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DEFAULT_TIMEOUT_MS = 20 * 60_000;

/** BENCH_PORT, or a port nobody listens on (other checkouts run their own servers). */
export function freePort(): Promise<number> {
  if (process.env.BENCH_PORT) return Promise.resolve(Number(process.env.BENCH_PORT));
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts scripts/e2e-server.sh on `port` with the E2E_* settings given (E2E_DATABASE_URL,
 * E2E_STORAGE_DIR, …); DATABASE_URL is dropped so the script picks the bench database. Its
 * output goes to stderr, so a script's stdout holds only its figures.
 */
export function startBenchServer(port: number, settings: Record<string, string>): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, ...settings, E2E_PORT: String(port) };
  delete env.DATABASE_URL;
  const child = spawn("bash", [path.join(ROOT, "scripts/e2e-server.sh")], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(process.stderr);
  child.stderr?.pipe(process.stderr);

  return child;
}

/** Stops the server's whole process group and waits (at most 10 s) for it to exit. */
export async function stopBenchServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
}

/** Waits until GET /api/health answers below 500; fails early if the server exits. */
export async function waitForHealth(base: string, child?: ChildProcess, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child?.once("exit", (code) => (exited = code ?? 1));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`server exited with code ${exited} before answering`);
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) })).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`server did not answer within ${timeoutMs / 60_000} minutes`);
}
