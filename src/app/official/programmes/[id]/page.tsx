import Link from "next/link";
import { ActionForm, SubmitButton } from "@/components/form/action-form";
import { Notice, PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { createDraftAction } from "@/modules/subsidy/actions";
import { getProgrammeForOfficials } from "@/modules/subsidy/service";
import { withNotFound } from "@/server/page-errors";
import { requireActor } from "@/server/session";

export default async function ProgrammePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ published?: string; retired?: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/official/programmes/${id}`, "programmes.manage");
  const programme = await withNotFound(getProgrammeForOfficials(actor, id));
  const { t, locale } = await getT("subsidy");
  const { t: tCommon } = await getT("common");
  const query = await searchParams;
  const published = query.published === "1";
  const retired = query.retired === "1";

  return (
    <>
      <PageHeading lead={programme.current?.texts[locale].summary}>{locale === "en" ? programme.nameEn : programme.nameZh}</PageHeading>
      {published ? <Notice>{t("manage.published")}</Notice> : null}
      {retired ? <Notice>{t("manage.retired")}</Notice> : null}
      <h2 className="mb-2 text-xl font-bold">{t("manage.versions_title")}</h2>
      <ul className="mb-6 divide-y divide-slate-200 rounded border border-slate-300 bg-white">
        {programme.versions.map((version) => (
          <li key={version.id} className="p-3">
            <span className="font-semibold">{t("manage.version", { version: version.version })}</span> · {t(`version_status.${version.status}`)} ·{" "}
            {t("manage.range", { from: version.effectiveFrom, to: version.effectiveTo ?? t("manage.open_ended") })}
            {version.status === "draft" ? (
              <>
                {" "}· <Link href={`/official/programmes/drafts/${version.id}`} className="text-emerald-800 underline">{t("manage.open_draft")}</Link>
              </>
            ) : null}
            {version.status === "published" || version.status === "proposed" ? (
              <>
                {" "}· <Link href={`/official/programmes/versions/${version.id}/retire`} className="text-emerald-800 underline">{t("manage.retire")}</Link>
              </>
            ) : null}
            <span className="block text-sm text-slate-700">{t("screen.result.legal", { title: version.legalRef.title })}</span>
          </li>
        ))}
      </ul>
      {programme.draft ? null : (
        <ActionForm action={createDraftAction} errorTitle={tCommon("error_title")} fieldLabels={{}}>
          <input type="hidden" name="programmeId" value={programme.id} />
          <SubmitButton>{t("manage.create_draft")}</SubmitButton>
        </ActionForm>
      )}
      <p className="mt-6"><Link href="/official/programmes" className="text-emerald-800 underline">{t("manage.back_to_list")}</Link></p>
    </>
  );
}
