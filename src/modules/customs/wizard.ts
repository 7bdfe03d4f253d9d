// The guidance wizard's answers travel in the URL (GET forms), so the result page is a link a
// clerk can send to a farmer and every step works without JavaScript.
import { isDecimalString } from "./domain/decimal";
import { isChannel } from "./domain/guidance";
import { priceToMinor } from "./domain/landed-cost";
import { CURRENCIES } from "./domain/rates";

export const WIZARD_STEPS = ["product", "destination", "channel", "volume"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
export type WizardAnswers = { product?: string; destination?: string; channel?: string; quantity?: string; unitPrice?: string; currency?: string; step?: string };
export const ANSWER_KEYS = ["product", "destination", "channel", "quantity", "unitPrice", "currency"] as const;

export function readAnswers(query: Record<string, string | string[] | undefined>): WizardAnswers {
  const one = (key: string) => {
    const value = query[key];
    const text = Array.isArray(value) ? value[0] : value;

    return typeof text === "string" ? text.trim().slice(0, 40) : undefined;
  };

  return { product: one("product"), destination: one("destination"), channel: one("channel"), quantity: one("quantity"), unitPrice: one("unitPrice"), currency: one("currency"), step: one("step") };
}

/** The subject whose documents the checklist is held against; not an answer, so never in the shared link. */
export function readSubjectParam(query: Record<string, string | string[] | undefined>): string | undefined {
  const value = query.subject;
  const text = Array.isArray(value) ? value[0] : value;

  return typeof text === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(text) ? text : undefined;
}

/** The volume answer is optional as a whole; when given, quantity, price and currency must all be valid. Returns error keys by field. */
export function volumeErrors(a: WizardAnswers): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!a.quantity && !a.unitPrice) return errors;
  if (!a.quantity || !/^\d{1,8}$/.test(a.quantity) || Number(a.quantity) < 1) errors.quantity = "quantity_invalid";
  if (!a.currency || !CURRENCIES.includes(a.currency)) errors.currency = "currency_invalid";
  if (!a.unitPrice || !isDecimalString(a.unitPrice)) errors.unitPrice = "price_invalid";
  else if (!errors.currency) {
    try {
      priceToMinor(a.unitPrice, a.currency!);
    } catch {
      errors.unitPrice = "price_too_precise";
    }
  }

  return errors;
}

/** The first unanswered (or wrongly answered) step; null when everything needed is there. */
export function currentStep(a: WizardAnswers, known: { products: string[]; destinations: string[] }): WizardStep | null {
  if (!a.product || !known.products.includes(a.product)) return "product";
  if (!a.destination || !known.destinations.includes(a.destination)) return "destination";
  if (!isChannel(a.channel)) return "channel";
  if (a.step === "volume" && Object.keys(volumeErrors(a)).length === 0) return null;

  return "volume";
}

/** Query string with the answers before `step` (for hidden fields and "back"/"change" links). */
export function answersBefore(a: WizardAnswers, step: WizardStep | "result"): [string, string][] {
  const order: (keyof WizardAnswers)[][] = [["product"], ["destination"], ["channel"], ["quantity", "unitPrice", "currency"]];
  const upto = step === "result" ? 4 : WIZARD_STEPS.indexOf(step);

  return order.slice(0, upto).flat().flatMap((key) => (a[key] ? [[key, a[key]!] as [string, string]] : []));
}

export function toQuery(pairs: [string, string][]): string {
  return new URLSearchParams(pairs).toString();
}
