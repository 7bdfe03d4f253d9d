import type { TFunction } from "i18next";
import Link from "next/link";
import { formatIsoDate, formatMoneyFen } from "@/i18n/format";
import type { Locale } from "@/i18n/settings";
import type { Holding } from "../domain/holdings";
import type { Guidance } from "../service";
import { FactSource, UnverifiedBadge } from "./fact-source";

type Props = { g: Guidance; t: TFunction; locale: Locale };

const PLACE_URL: Record<string, string> = { single_window: "https://www.singlewindow.cn", customs_online: "https://online.customs.gov.cn" };
const zhEn = (locale: Locale, zh: string, en: string) => (locale === "en" ? en : zh);

function Heading({ id, children }: { id: string; children: React.ReactNode }) {
  return <h2 id={id} className="mb-3 mt-8 border-b-2 border-emerald-800 pb-1 text-2xl font-bold">{children}</h2>;
}

export function ModesSection({ g, t, locale }: Props) {
  const recommended = g.modes.filter((m) => m.recommended);
  const ruledOut = g.modes.filter((m) => !m.recommended);

  return (
    <section aria-labelledby="modes">
      <Heading id="modes">{t("result.modes.title")}</Heading>
      {recommended.length === 0 ? <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">{t("result.modes.none")}</p> : null}
      {recommended.map((m) => (
        <article key={m.code} className="mb-4 rounded border-2 border-emerald-800 bg-white p-4" data-testid={`mode-${m.code}`}>
          <h3 className="text-xl font-bold">{t("result.modes.recommended", { code: m.code, name: zhEn(locale, m.fact.nameZh, m.fact.nameEn) })}</h3>
          <p className="mt-1 font-semibold">{t(m.why)}</p>
          <dl className="mt-3 space-y-2">
            <div><dt className="font-semibold">{t("result.modes.who")}</dt><dd>{zhEn(locale, m.fact.whoZh, m.fact.whoEn)}</dd></div>
            <div><dt className="font-semibold">{t("result.modes.declaration")}</dt><dd>{zhEn(locale, m.fact.declarationZh, m.fact.declarationEn)}</dd></div>
            <div><dt className="font-semibold">{t("result.modes.filings")}</dt><dd>{zhEn(locale, m.fact.filingsZh, m.fact.filingsEn)}</dd></div>
            <div><dt className="font-semibold">{t("result.modes.documents")}</dt><dd>{zhEn(locale, m.fact.documentsZh, m.fact.documentsEn)}</dd></div>
          </dl>
          {!m.fact.verifiedOn ? <UnverifiedBadge t={t} /> : null}
          <FactSource source={m.fact.source} verifiedOn={m.fact.verifiedOn} t={t} locale={locale} />
          {m.zoneRows.length > 0 ? (
            <div className="mt-3">
              <h4 className="font-semibold">{t("result.modes.zones")}</h4>
              <ul className="mt-1 space-y-2">
                {m.zoneRows.map((z) => (
                  <li key={z.id}>
                    {z.zone ? zhEn(locale, z.zone.nameZh, z.zone.nameEn) : z.zoneId}: {t(`zone_status.${z.status}`)}
                    {z.noteZh ? <span className="block text-slate-700">{zhEn(locale, z.noteZh, z.noteEn)}</span> : null}
                    {!z.verifiedOn ? <UnverifiedBadge t={t} /> : null}
                    <FactSource source={z.source} verifiedOn={z.verifiedOn} t={t} locale={locale} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </article>
      ))}
      <h3 className="mt-4 text-lg font-bold">{t("result.modes.ruled_out")}</h3>
      <ul className="mt-2 space-y-2">
        {ruledOut.map((m) => (
          <li key={m.code} className="rounded border border-slate-300 bg-white p-3" data-testid={`ruled-out-${m.code}`}>
            <span className="font-semibold">{m.code} {zhEn(locale, m.fact.nameZh, m.fact.nameEn)}</span>
            <span className="block text-slate-700">{t(m.why)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the checklist can say about the reader's own documents; never anyone else's. */
export type HoldingsView =
  | { kind: "anonymous"; loginHref: string }
  | { kind: "staff" }
  | { kind: "no_subjects" }
  | { kind: "none" }
  | { kind: "subjects"; subjects: { id: string; name: string }[]; chosen: { id: string; name: string } | null; marks: Record<string, Holding> | null; answers: [string, string][]; vaultBack: string };

const HOLDING_STYLE: Record<Holding["status"], string> = {
  held: "border-emerald-700 bg-emerald-50 text-emerald-950",
  unverified: "border-amber-600 bg-amber-50 text-amber-950",
  not_yet_valid: "border-amber-600 bg-amber-50 text-amber-950",
  expired: "border-red-700 bg-red-50 text-red-900",
  not_held: "border-slate-400 bg-slate-50 text-slate-900",
};

function HoldingsIntro({ view, t }: { view: HoldingsView; t: TFunction }) {
  const box = "no-print mb-4 rounded border-l-4 border-emerald-700 bg-emerald-50 p-3";
  switch (view.kind) {
    case "none":
      return null;
    case "anonymous":
      return <p className={box} data-testid="holdings-hint">{t("holdings.anonymous")} <Link href={view.loginHref} className="font-semibold text-emerald-900 underline">{t("holdings.login")}</Link></p>;
    case "staff":
      return <p className={box} data-testid="holdings-hint">{t("holdings.staff")}</p>;
    case "no_subjects":
      return <p className={box} data-testid="holdings-hint">{t("holdings.no_subjects")} <Link href="/subjects/new" className="font-semibold text-emerald-900 underline">{t("holdings.add_subject")}</Link></p>;
    case "subjects":
      return (
        <div className="mb-4 space-y-2">
          {/* A GET form: works without JavaScript, and the answers ride along as hidden fields. */}
          <form method="get" action="/customs/guide/result" className="no-print rounded border-2 border-emerald-800 bg-white p-3">
            <h3 className="text-lg font-bold">{t("holdings.title")}</h3>
            <p className="text-slate-700">{t("holdings.lead")}</p>
            {view.answers.map(([key, value]) => <input key={key} type="hidden" name={key} value={value} />)}
            <label htmlFor="holdings-subject" className="mt-2 block font-semibold">{t("holdings.subject")}</label>
            <div className="mt-1 flex flex-wrap gap-2">
              <select id="holdings-subject" name="subject" defaultValue={view.chosen?.id ?? ""} className="min-h-12 min-w-0 flex-1 rounded border-2 border-slate-600 bg-white px-3">
                {view.chosen ? null : <option value="">{t("holdings.choose")}</option>}
                {view.subjects.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
              </select>
              <button type="submit" className="min-h-12 rounded bg-emerald-800 px-5 font-bold text-white">{t("holdings.show")}</button>
            </div>
          </form>
          {view.chosen ? <p role="status" data-testid="holdings-subject">{t("holdings.checking", { name: view.chosen.name })}</p> : null}
        </div>
      );
  }
}

function HoldingLine({ holding, vaultHref, t, locale }: { holding: Holding; vaultHref: string; t: TFunction; locale: Locale }) {
  const typeName = (type: string) => t(`holdings.document_types.${type}`);
  let text: string;
  if (holding.status === "not_held") {
    text = t("holdings.not_held", { types: holding.types.map(typeName).join(locale === "en" ? " or " : "或") });
  } else {
    const { document } = holding;
    const validity =
      holding.status === "not_yet_valid" && document.validFrom
        ? t("holdings.valid_from", { date: formatIsoDate(document.validFrom, locale) })
        : document.validTo
          ? t("holdings.valid_until", { date: formatIsoDate(document.validTo, locale) })
          : t("holdings.no_expiry");
    text = t(`holdings.${holding.status}`, { type: typeName(document.type), validity, tail: document.numberTail });
  }

  return (
    <div className={`rounded border-l-4 px-2 py-1 ${HOLDING_STYLE[holding.status]}`}>
      <p className="font-semibold">{text}</p>
      {holding.caveat ? <p className="text-sm">{t(holding.caveat)}</p> : null}
      {holding.status !== "held" ? <Link href={vaultHref} className="no-print text-sm text-emerald-900 underline">{t("holdings.open_vault")}</Link> : null}
    </div>
  );
}

export function ChecklistSection({ g, t, locale, holdings = { kind: "none" } }: Props & { holdings?: HoldingsView }) {
  const marks = holdings.kind === "subjects" ? holdings.marks : null;
  const vaultHref = holdings.kind === "subjects" && holdings.chosen ? `/subjects/${holdings.chosen.id}/documents?${new URLSearchParams({ back: holdings.vaultBack }).toString()}` : "";

  return (
    <section aria-labelledby="checklist">
      <Heading id="checklist">{t("result.checklist.title")}</Heading>
      <p className="mb-3 text-slate-700">{t("result.checklist.lead")}</p>
      <HoldingsIntro view={holdings} t={t} />
      <ol className="list-decimal space-y-3 pl-6" data-testid="checklist">
        {g.checklist.map((r) => {
          const url = PLACE_URL[r.place];
          const time = zhEn(locale, r.timeZh, r.timeEn);
          const cost = zhEn(locale, r.costZh, r.costEn);
          const detail = zhEn(locale, r.detailZh, r.detailEn);
          const mark = marks?.[r.id];

          return (
            <li key={r.id} className="rounded border border-slate-300 bg-white p-3 pl-2">
              <p className="font-bold">{zhEn(locale, r.titleZh, r.titleEn)}{!r.verifiedOn ? <UnverifiedBadge t={t} /> : null}</p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                <dt className="font-semibold">{t("result.checklist.issuer")}</dt>
                <dd>{zhEn(locale, r.issuerZh, r.issuerEn)}</dd>
                <dt className="font-semibold">{t("result.checklist.where")}</dt>
                <dd>{url ? <a href={url} rel="noopener noreferrer" className="text-emerald-900 underline">{t(`places.${r.place}`)}</a> : t(`places.${r.place}`)}</dd>
                <dt className="font-semibold">{t("result.checklist.time")}</dt>
                <dd>{time || t("result.checklist.not_known")}</dd>
                <dt className="font-semibold">{t("result.checklist.cost")}</dt>
                <dd>{cost || t("result.checklist.not_known")}</dd>
                {mark ? (
                  <>
                    <dt className="font-semibold">{t("holdings.yours")}</dt>
                    <dd data-testid={`holding-${r.id}`} data-status={mark.status}><HoldingLine holding={mark} vaultHref={vaultHref} t={t} locale={locale} /></dd>
                  </>
                ) : null}
              </dl>
              {detail ? <p className="mt-1 text-slate-700">{detail}</p> : null}
              <FactSource source={r.source} verifiedOn={r.verifiedOn} t={t} locale={locale} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function TariffSection({ g, t, locale }: Props) {
  const tariff = g.tariff;

  return (
    <section aria-labelledby="tariff">
      <Heading id="tariff">{t("result.tariff.title", { destination: zhEn(locale, g.destination.nameZh, g.destination.nameEn) })}</Heading>
      {!tariff ? (
        <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">{t("result.tariff.none")}<UnverifiedBadge t={t} /></p>
      ) : (
        <div className="rounded border border-slate-300 bg-white p-3">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="font-semibold">{t("result.tariff.mfn")}</dt>
            <dd>{tariff.mfnPercent !== null ? `${tariff.mfnPercent}%` : t("result.tariff.unknown")}{tariff.mfnTextZh ? ` — ${zhEn(locale, tariff.mfnTextZh, tariff.mfnTextEn)}` : ""}</dd>
            <dt className="font-semibold">{t("result.tariff.preferential")}</dt>
            <dd>{g.preference ? `${g.preference.agreement}: ${g.preference.percent !== null ? `${g.preference.percent}%` : t("result.tariff.unknown")}` : t("result.tariff.no_preference")}</dd>
            {tariff.additionalPercent ? (
              <>
                <dt className="font-semibold">{t("result.tariff.additional")}</dt>
                <dd>{`+${tariff.additionalPercent}%`}</dd>
              </>
            ) : null}
          </dl>
          {tariff.noteZh ? <p className="mt-1 text-slate-700">{zhEn(locale, tariff.noteZh, tariff.noteEn)}</p> : null}
          {!tariff.verifiedOn ? <UnverifiedBadge t={t} /> : null}
          <FactSource source={tariff.source} verifiedOn={tariff.verifiedOn} t={t} locale={locale} />
        </div>
      )}
      <p className="mt-3 rounded border-l-4 border-emerald-700 bg-emerald-50 p-3" data-testid="rcep-advice">
        {g.origin.status === "saves"
          ? t("result.origin.saves", { points: g.origin.savingPointsText, saving: formatMoneyFen(g.origin.savingFen, locale) })
          : t(`result.origin.${g.origin.status}`)}
      </p>
      {g.destination.noteZh ? <p className="mt-2 text-slate-700">{zhEn(locale, g.destination.noteZh, g.destination.noteEn)}{!g.destination.verifiedOn ? <UnverifiedBadge t={t} /> : null}</p> : null}
    </section>
  );
}

export function ReliefSection({ g, t, locale }: Props) {
  return (
    <section aria-labelledby="relief">
      <Heading id="relief">{t("result.relief.title")}</Heading>
      <ul className="space-y-2">
        {g.relief.map(({ modeCode, answer }) => (
          <li key={modeCode} className="rounded border border-slate-300 bg-white p-3" data-testid={`relief-${answer.status}`}>
            <p className="font-semibold">{t(`result.relief.${answer.status}`, { mode: modeCode, date: formatIsoDate(g.today, locale) })}{answer.rule && !answer.rule.verifiedOn ? <UnverifiedBadge t={t} /> : null}</p>
            {answer.rule ? (
              <>
                <p className="mt-1 text-slate-700">{zhEn(locale, answer.rule.textZh, answer.rule.textEn)}</p>
                <FactSource source={answer.rule.source} verifiedOn={answer.rule.verifiedOn} t={t} locale={locale} />
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function FxSection({ g, t, locale }: Props) {
  return (
    <section aria-labelledby="fx">
      <Heading id="fx">{t("result.fx.title")}</Heading>
      <p className="mb-3 text-slate-700">{g.value ? t("result.fx.value", { value: formatMoneyFen(g.value.fen, locale) }) : t("result.fx.no_value")}</p>
      <ol className="list-decimal space-y-3 pl-6" data-testid="fx-routes">
        {g.routes.map(({ route, lowerBoundFen, costKnown, overQuota }) => (
          <li key={route.id} className="rounded border border-slate-300 bg-white p-3 pl-2">
            <p className="font-bold">{zhEn(locale, route.nameZh, route.nameEn)}{!route.verifiedOn ? <UnverifiedBadge t={t} /> : null}</p>
            <p className="mt-1">{zhEn(locale, route.howZh, route.howEn)}</p>
            <p className="mt-1 font-semibold">{costKnown ? t("result.fx.cost", { cost: formatMoneyFen(lowerBoundFen, locale) }) : t("result.fx.cost_at_least", { cost: formatMoneyFen(lowerBoundFen, locale) })}</p>
            {route.limitsZh ? <p className="mt-1 text-slate-700">{zhEn(locale, route.limitsZh, route.limitsEn)}</p> : null}
            {overQuota ? <p className="mt-1 font-semibold text-red-800">{t("result.fx.over_quota")}</p> : null}
            <FactSource source={route.source} verifiedOn={route.verifiedOn} t={t} locale={locale} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function NotesSection({ g, t, locale }: Props) {
  const product = g.product;

  return (
    <section aria-labelledby="notes">
      <Heading id="notes">{t("result.notes.title")}</Heading>
      <div className="mb-3 rounded border border-slate-300 bg-white p-3">
        <p className="font-bold">{t("result.notes.hs", { hs6: product.hs6, cn10: product.cn10 ?? t("result.tariff.unknown") })}{product.cn10 && !product.cn10VerifiedOn ? <UnverifiedBadge t={t} /> : null}</p>
        {product.noteZh ? <p className="mt-1 text-slate-700">{zhEn(locale, product.noteZh, product.noteEn)}</p> : null}
        {!product.verifiedOn ? <UnverifiedBadge t={t} /> : null}
        <FactSource source={product.source} verifiedOn={product.verifiedOn} t={t} locale={locale} />
      </div>
      {g.notes.map((n) => (
        <article key={n.id} className="mb-3 rounded border border-slate-300 bg-white p-3" data-testid={`note-${n.id}`}>
          <h3 className="font-bold">{zhEn(locale, n.titleZh, n.titleEn)}{!n.verifiedOn ? <UnverifiedBadge t={t} /> : null}</h3>
          <p className="mt-1">{zhEn(locale, n.bodyZh, n.bodyEn)}</p>
          <FactSource source={n.source} verifiedOn={n.verifiedOn} t={t} locale={locale} />
        </article>
      ))}
    </section>
  );
}

export function CalculatorLink({ href, t }: { href: string; t: TFunction }) {
  return <Link href={href} className="no-print inline-block min-h-12 rounded border-2 border-emerald-800 px-5 py-3 font-bold text-emerald-900">{t("result.calculator")}</Link>;
}
