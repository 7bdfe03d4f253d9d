import type { ReactNode } from "react";

/**
 * The portal's one table: column headers scoped for screen readers, horizontal scrolling
 * on a 360 px phone instead of a squeezed layout. Rows are the caller's <tr>s.
 */
export function DataTable({ columns, children, testId, className }: { columns: ReactNode[]; children: ReactNode; testId?: string; className?: string }) {
  return (
    <div className={className ? `overflow-x-auto ${className}` : "overflow-x-auto"}>
      <table className="w-full border-collapse bg-white text-left" data-testid={testId}>
        <thead>
          <tr className="border-b-2 border-slate-700">
            {columns.map((column, index) => (
              <th key={index} scope="col" className="p-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
