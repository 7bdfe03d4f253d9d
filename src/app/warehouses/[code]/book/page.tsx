import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { warehouseName } from "@/modules/warehouse/components/display";
import { BookingStartForm } from "@/modules/warehouse/components/forms";
import { getWarehouse, listBookableSubjects } from "@/modules/warehouse/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

type Params = Promise<{ code: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function BookPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { code } = await params;
  const query = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const actor = await requireActor(`/warehouses/${code}/book`, "warehouse.book");
  const warehouse = await withNotFound(getWarehouse(code));
  const subjects = await listBookableSubjects(actor);
  const { t, locale } = await getT("warehouse");
  const { t: tc } = await getT("common");

  return (
    <>
      <PageHeading lead={t("book.lead")}>{t("book.title", { name: warehouseName(warehouse, locale) })}</PageHeading>
      {subjects.length === 0 ? (
        <>
          <p className="mb-4">{t("book.no_subjects")}</p>
          <Link href="/subjects/new" className="inline-block min-h-12 rounded bg-emerald-800 px-5 py-3 font-bold text-white">{t("book.add_subject")}</Link>
        </>
      ) : (
        <BookingStartForm
          code={warehouse.code}
          subjects={subjects.map((s) => ({ value: s.id, label: s.name }))}
          defaults={{ subjectId: query.subjectId, from: query.from, to: query.to, volumeM3: query.volumeM3, cold: query.cold ?? (warehouse.coldChain ? undefined : "false") }}
          labels={{
            subject: t("book.subject"),
            from: t("search.from"),
            fromHint: t("book.from_hint"),
            to: t("search.to"),
            toHint: t("book.to_hint"),
            volume: t("search.volume"),
            volumeHint: t("book.volume_hint"),
            temperature: t("search.temperature"),
            ambient: t("temperature.ambient"),
            cold: t("temperature.cold"),
            submit: t("book.submit"),
            errorTitle: tc("error_title"),
            choose: tc("choose"),
          }}
        />
      )}
    </>
  );
}
