import { accessSync, constants } from "node:fs";
import type { FullConfig } from "@playwright/test";

// Runs before the web server starts: fail with a clear message when the browser is missing
// (Playwright's own download is not reachable here; scripts/test.sh installs Debian's).
export default function globalSetup(config: FullConfig): void {
  for (const project of config.projects) {
    const executable = project.use.launchOptions?.executablePath;
    if (!executable) continue;
    try {
      accessSync(executable, constants.X_OK);
    } catch {
      throw new Error(
        `Chromium not found at ${executable} (project "${project.name}"). ` +
          "Run `npm test` (installs it as root) or: sudo apt-get install -y chromium fonts-noto-cjk",
      );
    }
  }
}
