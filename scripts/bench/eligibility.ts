// npm run bench:eligibility — prints figures, asserts nothing about speed (issue #3 §7).
//
// 1. 10,000 generated subjects × every programme (in force and proposed) on one date,
//    with our evaluator and with json-rules-engine on the same rules translated to its
//    format; checks the two agree on every outcome and prints subjects/s and the ratio
//    (goal ≥ 10×).
// 2. The public screen endpoint under load: starts its own production server on a fresh
//    database (scripts/e2e-server.sh), 50 concurrent keep-alive clients, prints requests/s
//    and p50/p95/p99 latency (goal ≥ 250 req/s, p95 < 100 ms).
//
// Options (env): BENCH_SUBJECTS (10000), BENCH_PORT (3201), BENCH_SECONDS (15),
// BENCH_CONCURRENCY (50), BENCH_SKIP_HTTP=1 to run part 1 only.
import type http from "node:http";
import { performance } from "node:perf_hooks";
import { Engine, type NestedCondition, type RuleProperties, type TopLevelCondition } from "json-rules-engine";
import { collectFormulaFacts, pickVersionForDate, screenAll } from "../../src/modules/subsidy/domain";
import { addCalendarMonths, compareIsoDates } from "../../src/modules/subsidy/domain/dates";
import { FRAGILE_GOODS, SUBJECT_TYPES, type TFacts } from "../../src/modules/subsidy/domain/facts";
import type { TComparator, TCriterion, TLeafCriterion, TOutcomeStatus, TProgrammeVersion } from "../../src/modules/subsidy/schemas";
import { SEED_PROGRAMME_VERSIONS } from "../../src/modules/subsidy/seed-programmes";
import { benchAgent, benchRequest } from "./http-client";
import { startBenchServer, stopBenchServer, waitForHealth } from "./server";

const SUBJECTS = Number(process.env.BENCH_SUBJECTS ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 3201);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
// A date on which the in-force v2 rules and the proposals (from 2027) both apply.
const DATE = "2027-06-30";

// ───────────────────────── a deterministic population ─────────────────────────

function random(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function generateSubjects(count: number): TFacts[] {
  const next = random(20_261_123);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  // Roughly log-uniform yuan amounts, in fen; 80% below ¥1,000,000 (seed 002 §4.1) by the range chosen.
  const money = (maxYuanExponent: number) => Math.floor(10 ** (2 + next() * maxYuanExponent)) * 100;
  const maybe = <T>(value: () => T, present = 0.75): T | undefined => (next() < present ? value() : undefined);
  const subjects: TFacts[] = [];
  for (let i = 0; i < count; i += 1) {
    const facts: Record<string, unknown> = {
      subjectType: maybe(() => pick(SUBJECT_TYPES), 0.95),
      registeredOn: maybe(() => `20${String(10 + Math.floor(next() * 17)).padStart(2, "0")}-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}`),
      annualTurnoverFen: maybe(() => money(5.2)),
      annualCbecTurnoverFen: maybe(() => money(5)),
      overseasWarehouseInvestmentFen: maybe(() => (next() < 0.7 ? 0 : money(6)), 0.5),
      completedRecognisedTraining: maybe(() => next() < 0.4, 0.6),
      peopleTrained: maybe(() => Math.floor(next() * 6), 0.5),
      holdsGreenCertification: maybe(() => next() < 0.3, 0.6),
      isRecognisedPark: maybe(() => next() < 0.5, 0.3),
      certificationFeePaidFen: maybe(() => (next() < 0.5 ? 0 : money(3)), 0.5),
      overseasTrademarksRegistered: maybe(() => Math.floor(next() * 3), 0.5),
      exportCreditPremiumPaidFen: maybe(() => (next() < 0.6 ? 0 : money(3)), 0.5),
      badDebtLossFen: maybe(() => (next() < 0.8 ? 0 : money(4)), 0.4),
      badDebtDocumented: maybe(() => next() < 0.5, 0.3),
      fragileGoods: maybe(() => (next() < 0.7 ? [] : [pick(FRAGILE_GOODS)]), 0.6),
      fragileInsurancePremiumFen: maybe(() => (next() < 0.5 ? 0 : money(3)), 0.4),
      smallParcelFreightFen: maybe(() => (next() < 0.4 ? 0 : money(3)), 0.5),
      beltAnnualCbecTurnoverFen: maybe(() => money(6), 0.2),
      qualifiedTrainees: maybe(() => Math.floor(next() * 50), 0.2),
      isSecondedEasternProfessional: maybe(() => next() < 0.1, 0.3),
      isReturningYouth: maybe(() => next() < 0.2, 0.5),
      annualPremisesRentFen: maybe(() => money(3), 0.4),
      annualUtilitiesFen: maybe(() => money(2.5), 0.4),
      rcepCertificateFeesFen: maybe(() => (next() < 0.6 ? 0 : money(2.5)), 0.4),
      villagePointOrdersHandled: maybe(() => (next() < 0.8 ? 0 : Math.floor(next() * 5000)), 0.4),
    };
    subjects.push(Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined)) as TFacts);
  }

  return subjects;
}

// ───────────────────────── our rules → json-rules-engine ─────────────────────────
// json-rules-engine is two-valued, so each programme becomes two rules with Kleene logic
// spelt out: "definitely met" and "definitely unmet"; neither firing means unknown.
// A leaf is met when its fact is present and the condition holds, unmet when present and
// the inverse holds; all/any/not follow De Morgan.

const JRE_COMPARATOR: Record<TComparator, string> = { gt: "greaterThan", gte: "greaterThanInclusive", lt: "lessThan", lte: "lessThanInclusive", eq: "equal", neq: "notEqual" };
const INVERSE: Record<TComparator, TComparator> = { gt: "lte", gte: "lt", lt: "gte", lte: "gt", eq: "neq", neq: "eq" };

const present = (fact: string): NestedCondition => ({ fact, operator: "present", value: true });

function leafCondition(leaf: TLeafCriterion, positive: boolean): NestedCondition {
  switch (leaf.op) {
    case "compare": {
      const cmp = positive ? leaf.cmp : INVERSE[leaf.cmp];

      return typeof leaf.value === "string"
        ? { fact: leaf.fact, operator: `date_${cmp}`, value: leaf.value }
        : { fact: leaf.fact, operator: JRE_COMPARATOR[cmp], value: leaf.value };
    }
    case "in":
      return Array.isArray(leaf.values) && leaf.fact === "fragileGoods"
        ? { fact: leaf.fact, operator: positive ? "overlaps" : "disjoint", value: leaf.values }
        : { fact: leaf.fact, operator: positive ? "in" : "notIn", value: leaf.values };
    case "is_true":
      return { fact: leaf.fact, operator: "equal", value: positive };
    case "anniversary": {
      const months = (leaf.atLeast.years ?? 0) * 12 + (leaf.atLeast.months ?? 0);

      // The threshold is the assessment date, itself a fact; the months live in the operator's name.
      return { fact: leaf.fact, operator: `${positive ? "anniversary_reached" : "anniversary_not_reached"}_${months}`, value: { fact: "assessmentDate" } };
    }
  }
}

function translate(node: TCriterion, met: boolean): NestedCondition {
  switch (node.op) {
    case "all":
      return met ? { all: node.of.map((child) => translate(child, true)) } : { any: node.of.map((child) => translate(child, false)) };
    case "any":
      return met ? { any: node.of.map((child) => translate(child, true)) } : { all: node.of.map((child) => translate(child, false)) };
    case "not":
      return translate(node.of, !met);
    default:
      return { all: [present(node.fact), leafCondition(node, met)] };
  }
}

function rulesFor(version: TProgrammeVersion): RuleProperties[] {
  // Eligible also needs the formula's facts: without them the amount, and so the outcome, is unknown.
  const eligible: TopLevelCondition = { all: [translate(version.criteria, true), ...collectFormulaFacts(version.benefit).map(present)] };
  const ineligible: TopLevelCondition = { all: [translate(version.criteria, false)] };

  return [
    { name: `${version.programmeId}:eligible`, conditions: eligible, event: { type: "eligible", params: { programmeId: version.programmeId } } },
    { name: `${version.programmeId}:ineligible`, conditions: ineligible, event: { type: "ineligible", params: { programmeId: version.programmeId } } },
  ];
}

function anniversaryMonths(node: TCriterion): number[] {
  if (node.op === "all" || node.op === "any") return node.of.flatMap(anniversaryMonths);
  if (node.op === "not") return anniversaryMonths(node.of);

  return node.op === "anniversary" ? [(node.atLeast.years ?? 0) * 12 + (node.atLeast.months ?? 0)] : [];
}

function buildEngine(versions: readonly TProgrammeVersion[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator("present", (factValue: unknown) => factValue !== undefined && factValue !== null);
  engine.addOperator("overlaps", (factValue: unknown, values: string[]) => Array.isArray(factValue) && factValue.some((item) => values.includes(item)));
  engine.addOperator("disjoint", (factValue: unknown, values: string[]) => Array.isArray(factValue) && !factValue.some((item) => values.includes(item)));
  const reached = (factValue: unknown, months: number, date: string) => typeof factValue === "string" && compareIsoDates(addCalendarMonths(factValue, months), date) <= 0;
  for (const months of [...new Set(versions.flatMap((v) => anniversaryMonths(v.criteria)))]) {
    engine.addOperator(`anniversary_reached_${months}`, (factValue: unknown, date: string) => reached(factValue, months, date));
    engine.addOperator(`anniversary_not_reached_${months}`, (factValue: unknown, date: string) => typeof factValue === "string" && !reached(factValue, months, date));
  }
  for (const [cmp, test] of Object.entries({ gt: (o: number) => o > 0, gte: (o: number) => o >= 0, lt: (o: number) => o < 0, lte: (o: number) => o <= 0, eq: (o: number) => o === 0, neq: (o: number) => o !== 0 })) {
    engine.addOperator(`date_${cmp}`, (factValue: unknown, threshold: string) => typeof factValue === "string" && test(compareIsoDates(factValue, threshold)));
  }
  for (const version of versions) for (const rule of rulesFor(version)) engine.addRule(rule);

  return engine;
}

// ───────────────────────── part 1: evaluators ─────────────────────────

type TVerdicts = Map<string, TOutcomeStatus>[];

function runOurs(versions: readonly TProgrammeVersion[], subjects: readonly TFacts[]): { verdicts: TVerdicts; ms: number } {
  const start = performance.now();
  const verdicts = subjects.map((facts) => new Map(screenAll(versions, facts, DATE).map((o) => [o.programmeId, o.status] as const)));

  return { verdicts, ms: performance.now() - start };
}

async function runJre(versions: readonly TProgrammeVersion[], subjects: readonly TFacts[]): Promise<{ verdicts: TVerdicts; ms: number }> {
  const engine = buildEngine(versions);
  const start = performance.now();
  const verdicts: TVerdicts = [];
  for (const facts of subjects) {
    const { events } = await engine.run({ ...facts, assessmentDate: DATE });
    const verdict = new Map<string, TOutcomeStatus>(versions.map((v) => [v.programmeId, "unknown"]));
    for (const event of events) verdict.set(String(event.params?.programmeId), event.type as TOutcomeStatus);
    verdicts.push(verdict);
  }

  return { verdicts, ms: performance.now() - start };
}

function compare(ours: TVerdicts, theirs: TVerdicts): { checked: number; disagreements: string[] } {
  const disagreements: string[] = [];
  let checked = 0;
  ours.forEach((verdict, index) => {
    for (const [programmeId, status] of verdict) {
      checked += 1;
      const other = theirs[index]?.get(programmeId);
      if (other !== status) disagreements.push(`subject ${index} ${programmeId}: ours ${status}, json-rules-engine ${other}`);
    }
  });

  return { checked, disagreements };
}

const rate = (count: number, ms: number) => Math.round((count / ms) * 1000);

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function benchEvaluators(): Promise<boolean> {
  const programmes = [...new Set(SEED_PROGRAMME_VERSIONS.map((v) => v.programmeId))];
  const versions = programmes
    .map((id) => pickVersionForDate(SEED_PROGRAMME_VERSIONS.filter((v) => v.programmeId === id), DATE))
    .filter((v): v is TProgrammeVersion => v !== null);
  const subjects = generateSubjects(SUBJECTS);
  // Warm both up (JIT), then alternate rounds so both see the same machine: on a shared
  // 2-core box one round can lose half its time to someone else's build; the best
  // round is the least disturbed one, the median says how disturbed the rest were.
  runOurs(versions, subjects.slice(0, 500));
  await runJre(versions, subjects.slice(0, 500));
  const oursMs: number[] = [];
  const jreMs: number[] = [];
  let ours: { verdicts: TVerdicts; ms: number } | undefined;
  let jre: { verdicts: TVerdicts; ms: number } | undefined;
  for (let round = 0; round < ROUNDS; round += 1) {
    ours = runOurs(versions, subjects);
    jre = await runJre(versions, subjects);
    oursMs.push(ours.ms);
    jreMs.push(jre.ms);
  }
  if (!ours || !jre) throw new Error("BENCH_ROUNDS must be at least 1");
  const { checked, disagreements } = compare(ours.verdicts, jre.verdicts);
  const tally = (status: TOutcomeStatus) => ours.verdicts.reduce((n, v) => n + [...v.values()].filter((s) => s === status).length, 0);
  const [bestOurs, bestJre] = [Math.min(...oursMs), Math.min(...jreMs)];
  console.log(`eligibility evaluators: ${subjects.length} subjects × ${versions.length} programmes on ${DATE}, best of ${ROUNDS} alternating rounds (median in brackets)`);
  console.log(`  outcomes: ${tally("eligible")} eligible, ${tally("ineligible")} ineligible, ${tally("unknown")} unknown`);
  console.log(`  ours:              ${bestOurs.toFixed(0)} ms  ${rate(subjects.length, bestOurs).toLocaleString("en-US")} subjects/s  (${rate(subjects.length, median(oursMs)).toLocaleString("en-US")})`);
  console.log(`  json-rules-engine: ${bestJre.toFixed(0)} ms  ${rate(subjects.length, bestJre).toLocaleString("en-US")} subjects/s  (${rate(subjects.length, median(jreMs)).toLocaleString("en-US")})`);
  console.log(`  ratio: ${(bestJre / bestOurs).toFixed(1)}× best, ${(median(jreMs) / median(oursMs)).toFixed(1)}× median (goal ≥ 10×)`);
  console.log(`  agreement: ${checked - disagreements.length}/${checked} outcomes identical`);
  for (const line of disagreements.slice(0, 10)) console.log(`    ${line}`);

  return disagreements.length === 0;
}

// ───────────────────────── part 2: the endpoint under load ─────────────────────────

function send(agent: http.Agent, body: string | null): Promise<number> {
  const url = `http://127.0.0.1:${PORT}${body === null ? "/api/health" : "/api/v1/eligibility/screen"}`;

  return benchRequest(agent, url, body === null ? {} : { method: "POST", headers: { "content-type": "application/json" }, body }).then((response) => response.status);
}

// A different applicant per request (random amounts and dates), so nothing the server
// memoises can turn the load into one repeated answer.
function bodyFactory(): () => string {
  const next = random(7);
  const types = ["individual", "cooperative", "micro_enterprise", "enterprise"];
  let i = 0;

  return () => {
    i += 1;

    return JSON.stringify({
      facts: {
        subjectType: types[i % types.length],
        registeredOn: `20${10 + Math.floor(next() * 16)}-0${1 + Math.floor(next() * 9)}-${10 + Math.floor(next() * 18)}`,
        annualTurnoverCny: Math.floor(next() * 10_000_000),
        annualCbecTurnoverCny: Math.floor(next() * 6_000_000),
        trainedPersons: i % 4,
        certificationFeeCny: Math.floor(next() * 100_000) / 100,
      },
      asOf: "2026-11-23",
      includeProposed: i % 2 === 0,
    });
  };
}

async function load(seconds: number, record: boolean, baseline = false): Promise<{ latencies: number[]; statuses: Map<number, number>; ms: number }> {
  const agent = benchAgent(CONCURRENCY);
  const nextBody = bodyFactory();
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const body = baseline ? null : nextBody();
        const t0 = performance.now();
        const status = await send(agent, body).catch(() => 0);
        if (record) {
          latencies.push(performance.now() - t0);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      }
    }),
  );
  const ms = performance.now() - start;
  agent.destroy();

  return { latencies, statuses, ms };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

async function benchEndpoint(): Promise<void> {
  console.log(`\nscreen endpoint: starting a production server on port ${PORT} (builds first if needed) …`);
  const server = startBenchServer(PORT, { E2E_DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "file:./data/bench.db", E2E_STORAGE_DIR: "./data/bench-uploads" });
  try {
    await waitForHealth(`http://127.0.0.1:${PORT}`, server);
    await load(3, false);
    const report = (label: string, { latencies, statuses, ms }: Awaited<ReturnType<typeof load>>) => {
      const sorted = [...latencies].sort((a, b) => a - b);
      console.log(`${label}, ${CONCURRENCY} concurrent clients`);
      console.log(`  requests: ${latencies.length}  status: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(" ")}`);
      console.log(`  throughput: ${rate(latencies.length, ms)} req/s`);
      console.log(`  latency: p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  p99 ${percentile(sorted, 99).toFixed(1)} ms`);
    };
    report(`screen endpoint: POST /api/v1/eligibility/screen, ${SECONDS} s (goal ≥ 250 req/s, p95 < 100 ms)`, await load(SECONDS, true));
    // The same server's floor: a route that only runs SELECT 1, under the same load.
    report(`baseline: GET /api/health (SELECT 1), 5 s`, await load(5, true, true));
    const load1 = (await import("node:os")).loadavg()[0] ?? 0;
    console.log(`  machine: ${(await import("node:os")).cpus().length} cores, load average ${load1.toFixed(1)} (the load generator shares them)`);
  } finally {
    await stopBenchServer(server);
  }
}

async function main(): Promise<number> {
  const agree = await benchEvaluators();
  if (process.env.BENCH_SKIP_HTTP !== "1") await benchEndpoint();

  return agree ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("bench:eligibility failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
