import type { z } from "zod";
import { AppError } from "./errors";

/** Parses input with a schema whose messages are i18n keys; failures become a 422 with per-field keys. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    const key = /^[a-z_]+$/.test(issue.message) ? issue.message : "invalid_value";
    (fieldErrors[field] ??= []).push(key);
  }

  throw new AppError("validation_failed", "validation failed", { fieldErrors });
}

export function fieldError(field: string, key: string): AppError {
  return new AppError("validation_failed", key, { fieldErrors: { [field]: [key] } });
}
