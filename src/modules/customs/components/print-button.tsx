"use client";

/** Opens every source before printing, so the paper copy shows where each fact comes from. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      data-testid="print-button"
      className="no-print min-h-12 rounded bg-emerald-800 px-5 py-3 font-bold text-white hover:bg-emerald-900"
      onClick={() => {
        document.querySelectorAll("details").forEach((d) => d.setAttribute("open", ""));
        window.print();
      }}
    >
      {label}
    </button>
  );
}
