// Prints the test counts of .ci/run from the JSON reports in a directory tree:
// <dir>/<database>/{unit,integration}.json (vitest) and e2e.json (Playwright).
// Last line: "ci: N passed, N failed, N skipped".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = process.argv[2];
const rows = [];
for (const db of existsSync(root) ? readdirSync(root).sort() : []) {
  for (const suite of ["unit", "integration", "e2e"]) {
    const file = path.join(root, db, `${suite}.json`);
    if (!existsSync(file)) continue;
    let r;
    try {
      r = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      continue;
    }
    if (suite === "e2e") {
      const s = r.stats ?? {};
      rows.push({ name: `${suite} (${db})`, passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0 });
    } else {
      rows.push({ name: `${suite} (${db})`, passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0, skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) });
    }
  }
}
const total = { passed: 0, failed: 0, skipped: 0 };
console.log("\nTest summary");
for (const row of rows) {
  console.log(`  ${row.name.padEnd(26)} ${String(row.passed).padStart(5)} ok  ${String(row.failed).padStart(4)} failing  ${String(row.skipped).padStart(4)} skipped`);
  for (const k of Object.keys(total)) total[k] += row[k];
}
console.log(`ci: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
