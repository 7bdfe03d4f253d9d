// Typed application errors, mapped to HTTP status and a translated message at the edge;
// anything else is logged (without personal data) behind a generic message.
export const APP_ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  validation_failed: 422,
  rate_limited: 429,
  // The database stayed busy (locked, deadlocked) through every retry: try again shortly.
  unavailable: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  readonly details?: Record<string, unknown>;

  constructor(code: AppErrorCode, message?: string, options?: { fieldErrors?: Record<string, string[]>; details?: Record<string, unknown> }) {
    super(message ?? code);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options?.fieldErrors;
    this.details = options?.details;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const notFound = (what = "record") => new AppError("not_found", `${what} not found`);
export const forbidden = (why = "forbidden") => new AppError("forbidden", why);

/** A unique-constraint violation (Prisma P2002): the loser of a race on a unique value. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Runs `work`, turning a unique-constraint race into the same answer the pre-check gives. */
export async function onUniqueViolation<T>(work: () => Promise<T>, toError: () => AppError): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw toError();
    throw error;
  }
}
