// The benchmarks' load generator client: node:http over keep-alive sockets. It shares the
// server's two cores, so it must be cheap: global fetch (undici with WHATWG streams) spent
// about 1 ms of CPU per request here, several times what node:http needs — CPU the server
// under test then did not get.
import http from "node:http";

export type BenchResponse = { status: number; text: string };

/** A keep-alive agent holding up to `sockets` connections (one per concurrent client). */
export function benchAgent(sockets: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: sockets });
}

/** One request; the body read whole as text. Network errors reject. */
export function benchRequest(agent: http.Agent, url: string, options: { method?: string; headers?: Record<string, string>; body?: string | null } = {}): Promise<BenchResponse> {
  const target = new URL(url);
  const body = options.body ?? null;
  const headers = body === null ? { ...options.headers } : { ...options.headers, "content-length": String(Buffer.byteLength(body)) };

  return new Promise((resolve, reject) => {
    const request = http.request({ host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: options.method ?? "GET", agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(body ?? undefined);
  });
}
