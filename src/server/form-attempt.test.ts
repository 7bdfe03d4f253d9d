import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { attempt } from "./form-action";

describe("attempt (plain form buttons)", () => {
  it("reports a made change, and a service refusal as no change instead of an error", async () => {
    expect(await attempt(async () => "done")).toBe(true);
    expect(await attempt(async () => { throw new AppError("not_found", "notification"); })).toBe(false);
    expect(await attempt(async () => { throw new AppError("forbidden", "own_account_only"); })).toBe(false);
  });

  it("lets anything else through", async () => {
    await expect(attempt(async () => { throw new Error("database down"); })).rejects.toThrow("database down");
  });
});
