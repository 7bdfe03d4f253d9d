import { expect, test } from "@playwright/test";

test.describe("smoke", () => {
  test("GET /api/health answers 200 JSON with status ok", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = (await response.json()) as { status?: unknown };
    expect(body.status).toBe("ok");
  });

  test("home page renders in Chinese", { tag: "@mobile" }, async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.locator("body")).not.toBeEmpty();
  });
});
