import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "./errors";

/** Someone else's record is a 404, never a 403 that confirms it exists. */
export async function withNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
}
