import Link from "next/link";
import { PageHeading } from "@/components/shell/page-heading";
import { getT } from "@/i18n/server";
import { listProgrammesForOfficials } from "@/modules/subsidy/service";
import { requireActor } from "@/server/session";
import { DataTable } from "@/components/table/data-table";

export default async function ProgrammesPage() {
  const actor = await requireActor("/official/programmes", "programmes.manage");
  const { t, locale } = await getT("subsidy");
  const programmes = await listProgrammesForOfficials(actor);

  return (
    <>
      <PageHeading lead={t("manage.lead")}>{t("manage.title")}</PageHeading>
      <DataTable columns={[t("manage.programme"), t("manage.standing"), t("manage.current"), t("manage.draft")]}>
        {programmes.map((programme) => (
          <tr key={programme.id} className="border-b border-slate-200">
            <th scope="row" className="p-2 font-normal">
              <Link href={`/official/programmes/${programme.id}`} className="font-semibold text-emerald-800 underline">{locale === "en" ? programme.nameEn : programme.nameZh}</Link>
            </th>
            <td className="p-2">{t(`version_status.${programme.standing}`)}</td>
            <td className="p-2">{programme.current ? t("manage.version", { version: programme.current.version }) : t("manage.none")}</td>
            <td className="p-2">
              {programme.draft ? <Link href={`/official/programmes/drafts/${programme.draft.id}`} className="text-emerald-800 underline">{t("manage.version", { version: programme.draft.version })}</Link> : t("manage.none")}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
