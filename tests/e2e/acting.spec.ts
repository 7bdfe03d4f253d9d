import { expect, test } from "@playwright/test";
import { DEMO, loginDemo, randomUscc, uniqueTag } from "./support/pages";

// A tiny "PDF": the server checks magic bytes, not the whole document.
const SIGNED_FORM_PDF = Buffer.from("%PDF-1.4\n% qkt e2e signed consent form\n%%EOF\n", "latin1");

test.describe("acting for an applicant", () => {
  test("staff register a farmer, record a signed delegation, act, create a subject and stop", async ({ page }) => {
    const farmer = `测试农户${uniqueTag()}`;
    const subjectName = `${farmer}茶叶专业合作社`;

    await loginDemo(page, DEMO.staffMeitan);

    // Register a farmer without a phone.
    await page.goto("/station/applicants/new");
    await page.locator("#name").fill(farmer);
    await Promise.all([
      page.waitForURL(/\/station\/applicants\/[^/?]+\?registered=1/, { timeout: 15_000 }),
      page.getByRole("button", { name: "登记", exact: true }).click(),
    ]);
    await expect(page.getByRole("heading", { level: 1, name: farmer })).toBeVisible();
    await expect(page.getByText("需要先有一项有效的授权")).toBeVisible();
    const applicantPath = new URL(page.url()).pathname;

    // Record a delegation on a signed form (all scopes are ticked by default).
    await expect(page.locator('input[name="method"][value="one_time_code"]')).toBeDisabled();
    await page.locator('input[name="method"][value="signed_form"]').check();
    await page.locator("#consentFile").setInputFiles({ name: "consent.pdf", mimeType: "application/pdf", buffer: SIGNED_FORM_PDF });
    await Promise.all([
      page.waitForURL(/\?delegated=1/, { timeout: 15_000 }),
      page.getByRole("button", { name: "记录授权", exact: true }).click(),
    ]);
    await expect(page.getByText("湄潭县跨境电商服务中心")).toBeVisible();

    // Start acting.
    await Promise.all([
      page.waitForURL((url) => url.pathname === "/", { timeout: 15_000 }),
      page.getByRole("button", { name: `开始代 ${farmer} 办理` }).click(),
    ]);
    const banner = page.locator("[data-testid=acting-banner]");
    await expect(banner).toContainText(farmer);
    for (const path of ["/subjects", "/history", "/account", "/subjects/new"]) {
      await page.goto(path);
      await expect(banner, `banner on ${path}`).toContainText(`正在代 ${farmer} 办理`);
    }

    // Create a subject for the farmer while acting.
    await page.locator("#type").selectOption("cooperative");
    await page.locator("#name").fill(subjectName);
    await page.locator("#idKind").selectOption("uscc");
    await page.locator("#idNumber").fill(randomUscc());
    await page.locator("#countyCode").selectOption("520328");
    await page.locator("#registeredOn").fill("2020-05-01");
    await page.locator("#products").fill("绿茶");
    await Promise.all([
      page.waitForURL(/\/subjects\/[^/?]+\?created=1/, { timeout: 15_000 }),
      page.getByRole("button", { name: "保存", exact: true }).click(),
    ]);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(subjectName);
    await expect(banner).toBeVisible();

    // While acting, /history is the farmer's history and names both people.
    await page.goto("/history");
    const created = page.locator("[data-testid=history-event]").filter({ hasText: "登记了经营主体" });
    await expect(created.first()).toContainText(`由 ${DEMO.staffMeitan.name} 代 ${farmer} 办理`);

    // Stop acting.
    await Promise.all([
      page.waitForURL((url) => url.pathname === "/station", { timeout: 15_000 }),
      page.getByRole("button", { name: "结束代办" }).click(),
    ]);
    await expect(banner).toHaveCount(0);
    await page.goto(applicantPath);
    await expect(banner).toHaveCount(0);
    await expect(page.getByRole("link", { name: subjectName })).toBeVisible();
  });

  test("applicant 13800000001 sees the Meitan centre delegation", async ({ page }) => {
    await loginDemo(page, DEMO.applicantMeitan);
    await page.goto("/delegations");
    const main = page.locator("main");
    await expect(main.getByText("湄潭县跨境电商服务中心").first()).toBeVisible();
    await expect(main.getByText("有效", { exact: true }).first()).toBeVisible();
  });
});
