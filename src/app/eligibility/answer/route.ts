import { isFactKey } from "@/modules/subsidy/domain/facts";
import { decodeState, encodeState, readAnswer, withAnswer, withDontKnow } from "@/modules/subsidy/questionnaire-state";

// Each answer posts here and is redirected (303) to the next question with every answer so
// far in the address: no JavaScript needed, and nothing is lost if the connection drops.

function text(form: FormData, name: string): string {
  const value = form.get(name);

  return typeof value === "string" ? value : "";
}

function redirectTo(request: Request, path: string, params: Record<string, string>): Response {
  const url = new URL(path, request.url);
  for (const [key, value] of Object.entries(params)) if (value !== "") url.searchParams.set(key, value);

  return new Response(null, { status: 303, headers: { location: `${url.pathname}${url.search}` } });
}

export async function POST(request: Request): Promise<Response> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return redirectTo(request, "/eligibility/question", {});
  }
  const state = decodeState(text(form, "a"));
  const subject = text(form, "s");
  const fact = text(form, "fact");
  if (!isFactKey(fact)) return redirectTo(request, "/eligibility/question", { a: encodeState(state), s: subject });
  if (text(form, "dontKnow") !== "") return redirectTo(request, "/eligibility/question", { a: encodeState(withDontKnow(state, fact)), s: subject });
  const values = form.getAll("value").filter((v): v is string => typeof v === "string");
  const answer = readAnswer(fact, values);
  if (!answer.ok) {
    return redirectTo(request, "/eligibility/question", { a: encodeState(state), s: subject, fact, error: answer.error, v: (values[0] ?? "").slice(0, 40) });
  }

  return redirectTo(request, "/eligibility/question", { a: encodeState(withAnswer(state, fact, answer.value)), s: subject });
}
