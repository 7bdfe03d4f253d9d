import { randomUUID } from "node:crypto";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/shell/page-heading";
import { formatIsoDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { firstShortDay } from "@/modules/warehouse/domain/ledger";
import { formatCentiM3 } from "@/modules/warehouse/domain/volume";
import { QuoteTable, warehouseName } from "@/modules/warehouse/components/display";
import { ConfirmBookingForm } from "@/modules/warehouse/components/forms";
import { getAvailability, getQuote, listBookableSubjects } from "@/modules/warehouse/service";
import { isAppError } from "@/server/errors";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

type Params = Promise<{ code: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

/** Check your answers: the price with the subsidy, and whether the space is there, before anything is booked. */
export default async function CheckBookingPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { code } = await params;
  const q = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? "") : (v ?? "")]));
  const request = { subjectId: q.subjectId ?? "", from: q.from ?? "", to: q.to ?? "", volumeM3: q.volumeM3 ?? "", cold: q.cold === "true" ? "true" : "false" };
  const back = `/warehouses/${code}/book?${new URLSearchParams(request).toString()}`;
  const actor = await requireActor(`/warehouses/${code}/book`, "warehouse.book");
  const subject = (await listBookableSubjects(actor)).find((s) => s.id === request.subjectId);
  if (!subject) redirect(back);
  const quote = await withNotFound(
    getQuote(code, request).catch((error: unknown) => {
      if (isAppError(error) && error.code === "validation_failed") redirect(back);
      throw error;
    }),
  );
  const { warehouse, days } = await withNotFound(getAvailability(code, { from: request.from, to: request.to, cold: request.cold }));
  const short = firstShortDay(days, quote.volumeCenti);
  const { t, locale } = await getT("warehouse");
  const { t: tc } = await getT("common");
  const rows: [string, string][] = [
    [t("check.warehouse"), warehouseName(warehouse, locale)],
    [t("check.subject"), subject.name],
    [t("check.dates"), t("check.dates_value", { from: formatIsoDate(request.from, locale), to: formatIsoDate(request.to, locale), days: quote.days })],
    [t("check.volume"), t("check.volume_value", { volume: formatCentiM3(quote.volumeCenti) })],
    [t("check.temperature"), t(`temperature.${quote.temperature}`)],
  ];

  return (
    <>
      <PageHeading lead={t("check.lead")}>{t("check.title")}</PageHeading>
      <dl className="mb-4 divide-y divide-slate-300 rounded border border-slate-300 bg-white">
        {rows.map(([label, value]) => (
          <div key={label} className="flex flex-wrap justify-between gap-2 p-3">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mb-6"><Link href={back} className="text-emerald-800 underline">{t("check.change")}</Link></p>
      <QuoteTable quote={quote} />
      {short ? (
        <p role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">{t("check.not_available", { date: formatIsoDate(short.day, locale), free: formatCentiM3(short.free) })}</p>
      ) : (
        <>
          <p className="mb-4 font-semibold text-emerald-900">{t("check.available")}</p>
          <ConfirmBookingForm code={warehouse.code} request={request} idempotencyKey={randomUUID()} labels={{ submit: t("check.confirm"), errorTitle: tc("error_title") }} />
        </>
      )}
    </>
  );
}
