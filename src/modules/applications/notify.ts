import "server-only";
import type { TFunction } from "i18next";
import { translatorFor } from "@/i18n/server";
import { LOCALES, type Locale } from "@/i18n/settings";
import { notify, type NotificationParams } from "@/modules/notifications/service";
import type { TProgrammeVersion } from "@/modules/subsidy/schemas";
import type { Tx } from "@/server/db";
import { ROLES, can } from "@/server/permissions";
import * as repo from "./repository";

// Who hears about what (issue #4 §4), through the shared inbox. Every call runs inside the
// service's transaction, so a notice commits with the change it announces or not at all;
// each notice gets a delivery row per push channel, and a failed SMS/WeChat push is kept
// and shown in the inbox — never dropped silently. Texts are rendered in each reader's own
// language when read or sent: params are plain values or one text per locale.

export type NoticeApplication = {
  id: string;
  reference: string;
  applicantId: string;
  filedById: string;
  prefectureCode: string;
  version: Pick<TProgrammeVersion, "texts">;
  county: { nameZh: string; nameEn: string };
};

export type ApplicantNotice =
  | { event: "submitted" | "resubmitted" | "stage_passed" }
  | { event: "changes_requested"; fields: string[] }
  | { event: "approved"; amountFen: number }
  | { event: "rejected"; reason: string | null; criteria: { key: string; params: Record<string, string | number> }[] };

export type ReviewerNotice = "submitted" | "resubmitted" | "second_stage";

type Localised = Partial<Record<Locale, string>>;

const perLocale = (render: (locale: Locale) => string): Localised => Object.fromEntries(LOCALES.map((locale) => [locale, render(locale)]));

// Bundled resources: one translator per locale and namespace is derived, not shared, state.
const translators = new Map<string, TFunction>();

function translator(locale: Locale, ns: "applications" | "subsidy"): TFunction {
  const id = `${locale}|${ns}`;
  let t = translators.get(id);
  if (!t) translators.set(id, (t = translatorFor(locale, ns)));

  return t;
}

/** "facts.peopleTrained", "evidence", … as the labels the applicant saw on the form. */
function fieldLabel(field: string, locale: Locale): string {
  return field.startsWith("facts.") ? translator(locale, "subsidy")(`facts.${field.slice(6)}.label`) : translator(locale, "applications")(`fields.${field}`);
}

const joinList = (items: string[], locale: Locale) => new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);

function baseParams(application: NoticeApplication): NotificationParams {
  return { reference: application.reference, programme: perLocale((locale) => application.version.texts[locale].name) };
}

/** The applicant — and whoever filed for them, e.g. station staff — hear about every status change. */
export async function notifyApplicant(tx: Tx, application: NoticeApplication, notice: ApplicantNotice): Promise<number> {
  const params = baseParams(application);
  if (notice.event === "changes_requested") params.fields = perLocale((locale) => joinList(notice.fields.map((f) => fieldLabel(f, locale)), locale));
  if (notice.event === "approved") params.amountFen = notice.amountFen;
  if (notice.event === "rejected") {
    // The official's own words as written, then each cited criterion explained in the reader's language.
    params.reason = perLocale((locale) =>
      [notice.reason, ...notice.criteria.map((c) => translator(locale, "subsidy")(c.key, c.params))].filter((text): text is string => Boolean(text)).join(locale === "en" ? "; " : "；"),
    );
  }

  return notify(tx, {
    userIds: [application.applicantId, application.filedById],
    kind: `application.${notice.event}`,
    key: `applications:notices.applicant.${notice.event}`,
    params,
    link: `/applications/${application.id}`,
  });
}

// Whoever holds the review permission; the area (prefecture) is the same scope the review queue uses.
const REVIEWER_ROLES = ROLES.filter((role) => can(role, "subsidy.review"));

/** Officials who may review it — their area covers the application's county — see it arrive. */
export async function notifyReviewers(tx: Tx, application: NoticeApplication, notice: ReviewerNotice, exceptUserId?: string): Promise<number> {
  const reviewers = await repo.reviewersOfPrefecture(tx, application.prefectureCode, REVIEWER_ROLES);

  return notify(tx, {
    userIds: reviewers.map((r) => r.id).filter((id) => id !== exceptUserId),
    kind: `application.review_${notice}`,
    key: `applications:notices.official.${notice}`,
    params: { ...baseParams(application), county: { "zh-CN": application.county.nameZh, en: application.county.nameEn } },
    link: `/review/${application.id}`,
  });
}
