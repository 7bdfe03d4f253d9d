import type { ReactNode } from "react";

export function PageHeading({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-6 space-y-2">
      <h1 className="text-3xl font-bold leading-tight">{children}</h1>
      {lead ? <p className="text-lg text-slate-700">{lead}</p> : null}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mb-4 rounded border-l-4 border-emerald-700 bg-emerald-50 p-3 text-emerald-900">
      {children}
    </p>
  );
}
