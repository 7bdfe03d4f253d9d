import { getT } from "@/i18n/server";

export async function SiteFooter() {
  const { t } = await getT("common");

  return (
    <footer className="mt-12 border-t border-slate-300 bg-white">
      <div className="mx-auto max-w-3xl space-y-1 px-4 py-6 text-sm text-slate-700">
        <p>{t("footer.operator")}</p>
        <p>{t("footer.help")}</p>
      </div>
    </footer>
  );
}
