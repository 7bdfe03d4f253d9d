// Next.js calls register() once when a server process starts. Background work runs here,
// inside the server, because SQLite mode allows one writing process (toolchain notes).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.QKT_JOBS === "0") return;
  const { startMarketJobs } = await import("./modules/market/feeds/job");
  startMarketJobs();
}
