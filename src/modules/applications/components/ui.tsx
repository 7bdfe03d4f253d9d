import Link from "next/link";
import type { ReactNode } from "react";
import type { TApplicationStatus } from "../domain/state-machine";

// Small presentational pieces shared by the applicant's and the official's pages.

const TAG_CLASS: Record<TApplicationStatus, string> = {
  draft: "bg-slate-200 text-slate-900",
  submitted: "bg-sky-100 text-sky-900",
  in_review: "bg-indigo-100 text-indigo-900",
  changes_requested: "bg-amber-100 text-amber-900",
  approved: "bg-emerald-100 text-emerald-900",
  rejected: "bg-red-100 text-red-900",
};

export function StatusTag({ status, label }: { status: TApplicationStatus; label: string }) {
  return <strong data-testid="application-status" className={`inline-block rounded px-2 py-1 text-sm font-bold ${TAG_CLASS[status]}`}>{label}</strong>;
}

export const linkClass = "font-semibold text-emerald-800 underline";
export const buttonClass = "inline-block min-h-12 rounded bg-emerald-800 px-5 py-3 font-bold text-white hover:bg-emerald-900 focus:outline-none focus:ring-4 focus:ring-amber-400";
export const secondaryButtonClass = "inline-block min-h-12 rounded border-2 border-emerald-800 px-5 py-3 font-bold text-emerald-900";

export function SummaryList({ rows }: { rows: { key: string; label: string; value: ReactNode; change?: { href: string; label: string } }[] }) {
  return (
    <dl className="divide-y divide-slate-200 rounded border border-slate-300 bg-white">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-1 p-3 sm:grid-cols-4">
          <dt className="font-semibold">{row.label}</dt>
          <dd className="sm:col-span-2">{row.value}</dd>
          <dd>{row.change ? <Link href={row.change.href} className={linkClass}>{row.change.label}</Link> : null}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mb-6 rounded border border-slate-300 bg-white p-4">
      <h2 className="mb-3 text-xl font-bold">{title}</h2>
      {children}
    </section>
  );
}

/** A horizontal bar chart as inline SVG, rendered on the server: no chart library reaches the phone. */
export function BarChart({ title, bars, format }: { title: string; bars: { label: string; value: number }[]; format: (value: number) => string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 28;
  const labelWidth = 190;
  const chartWidth = 560;
  const height = Math.max(rowHeight, bars.length * rowHeight);

  return (
    <figure className="mb-6">
      <figcaption className="mb-2 font-bold">{title}</figcaption>
      <svg role="img" aria-label={title} viewBox={`0 0 ${chartWidth} ${height}`} className="w-full max-w-2xl" preserveAspectRatio="xMinYMin meet">
        {bars.map((bar, index) => {
          const width = Math.round(((chartWidth - labelWidth - 80) * bar.value) / max);
          const y = index * rowHeight;

          return (
            <g key={bar.label}>
              <text x={0} y={y + 19} fontSize={14} fill="#0f172a">{bar.label}</text>
              <rect x={labelWidth} y={y + 5} width={Math.max(width, 1)} height={18} fill="#065f46" />
              <text x={labelWidth + Math.max(width, 1) + 6} y={y + 19} fontSize={14} fill="#0f172a">{format(bar.value)}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** The 12% → 60% yardstick (seed 002): today's share against the papers' baseline and target. */
export function CoverageGauge({ label, coverageBps, baselineBps, targetBps, baselineLabel, targetLabel }: { label: string; coverageBps: number; baselineBps: number; targetBps: number; baselineLabel: string; targetLabel: string }) {
  const width = 560;
  const x = (bps: number) => Math.round((Math.min(bps, 10_000) * width) / 10_000);

  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} 70`} className="w-full max-w-2xl">
      <rect x={0} y={10} width={width} height={24} fill="#e2e8f0" />
      <rect x={0} y={10} width={Math.max(x(coverageBps), 2)} height={24} fill="#065f46" />
      <line x1={x(baselineBps)} x2={x(baselineBps)} y1={4} y2={40} stroke="#b45309" strokeWidth={3} />
      <line x1={x(targetBps)} x2={x(targetBps)} y1={4} y2={40} stroke="#1e3a8a" strokeWidth={3} />
      <text x={x(baselineBps) + 4} y={58} fontSize={14} fill="#92400e">{baselineLabel}</text>
      <text x={Math.min(x(targetBps) + 4, width - 120)} y={58} fontSize={14} fill="#1e3a8a">{targetLabel}</text>
    </svg>
  );
}
