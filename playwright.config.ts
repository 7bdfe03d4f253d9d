import { defineConfig, devices } from "@playwright/test";

// End-to-end tests against a production build (`next start`) on a fresh, seeded database
// prepared by scripts/e2e-server.sh (data/e2e.db, or database qkt_e2e when DATABASE_URL is
// PostgreSQL). Chromium is Debian's (/usr/bin/chromium): Playwright cannot download its
// own browsers on this network; scripts/test.sh installs it.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
const CI = !!process.env.CI;
const reportDir = process.env.QKT_REPORT_DIR;

const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const launchOptions = {
  executablePath: process.env.QKT_CHROMIUM ?? "/usr/bin/chromium",
  args: chromiumArgs,
};

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: false,
  // Two cores shared with `next start`: one browser at a time keeps timings stable.
  workers: 1,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  // Long multi-page flows on a 2-core machine that also runs the server.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  outputDir: "test-results",
  reporter: [
    ["list"],
    ["html", { open: "never", outputFolder: "playwright-report" }],
    ...(reportDir ? [["json", { outputFile: `${reportDir}/e2e.json` }] as ["json", { outputFile: string }]] : []),
  ],
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], channel: undefined, launchOptions },
    },
    {
      // Phones are how most sellers reach the portal. Only tests tagged @mobile run here,
      // so the whole suite is not run twice: test("… @mobile", …) or { tag: "@mobile" }.
      name: "mobile",
      grep: /@mobile/,
      use: {
        ...devices["Pixel 7"],
        viewport: { width: 360, height: 740 },
        launchOptions,
      },
    },
  ],
  webServer: {
    command: "bash scripts/e2e-server.sh",
    url: `${baseURL}/api/health`,
    env: { E2E_PORT: String(PORT) },
    reuseExistingServer: false,
    // A cold `next build` takes minutes on 2 cores.
    timeout: 15 * 60_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
