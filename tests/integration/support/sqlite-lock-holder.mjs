// Holds a lock on a SQLite file from another process, for tests/integration/warehouse-faults.
// Usage: node sqlite-lock-holder.mjs <file> read|write <holdMs>
//   read  — an open read transaction (a SHARED lock: in rollback-journal mode it blocks COMMIT)
//   write — BEGIN IMMEDIATE (the write lock: every other writer waits, then SQLITE_BUSY)
// Prints "holding" once the lock is held, lets go after holdMs (or when killed), then exits.
import Database from "better-sqlite3";

const [file, mode, holdMs] = process.argv.slice(2);
const db = new Database(file, { timeout: 10_000 });
if (mode === "write") {
  db.exec("BEGIN IMMEDIATE");
} else {
  db.exec("BEGIN");
  db.prepare('SELECT COUNT(*) FROM "AuditEvent"').get();
}
process.stdout.write("holding\n");
setTimeout(() => {
  db.exec("ROLLBACK");
  db.close();
  process.stdout.write("released\n");
}, Number(holdMs));
