import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, loginDemo, logout, uniqueTag } from "./support/pages";

async function expectNoAxeViolations(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} status`).toBeLessThan(400);
  await expectAccessible(page, path);
}

test.describe("market news reaches the people who sell those products", () => {
  test("an official's urgent chili alert for Japan reaches the Zunyi chili cooperative on its home page and in its inbox, in Chinese @mobile", async ({ page }) => {
    const title = `日本提高干辣椒检查标准 ${uniqueTag()}`;

    await loginDemo(page, DEMO.officialZunyi);
    await page.goto("/market/manage/new");
    await page.locator("#kind").selectOption("alert");
    await page.getByLabel(/紧急提醒/).check();
    await page.locator("#title").fill(title);
    await page.locator("#summary").fill("发往日本的干辣椒每批都要做黄曲霉毒素检测。");
    await page.locator("#body").fill("**请在发货前检测**，详见[厚生劳动省](https://www.mhlw.go.jp/english/topics/importedfoods/12/schedule01.html)。");
    await page.getByRole("checkbox", { name: "干辣椒" }).check();
    await page.getByRole("checkbox", { name: "日本" }).check();
    await page.locator("#sourceName").fill("日本厚生劳动省");
    await Promise.all([page.waitForURL(/\/market\/manage\/[^/]+\?saved=1/), page.getByRole("button", { name: "发布", exact: true }).click()]);
    await logout(page);

    await loginDemo(page, DEMO.applicantBozhou);
    await page.goto("/");
    const block = page.getByTestId("home-market");
    await expect(block.getByRole("heading", { name: "和您有关的市场消息" })).toBeVisible();
    await expect(block.getByRole("link", { name: title })).toBeVisible();
    await expect(block.getByText("紧急").first()).toBeVisible();
    await expect(page.getByTestId("unread-count")).toHaveText(/^[1-9]\d*$/);

    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: /消息/ }).click();
    await expect(page).toHaveURL(/\/inbox$/);
    const inbox = page.getByTestId("inbox");
    await expect(inbox.getByRole("link", { name: `紧急市场提醒：${title}` })).toBeVisible();
    await inbox.getByRole("link", { name: `紧急市场提醒：${title}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.locator(".article-body strong")).toHaveText("请在发货前检测");
    // Nothing wider than the screen (360 px in the mobile project).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 360);
  });

  test("the market list filters and pages without JavaScript, and the article reads without it", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto("/market?view=all&product=apple&country=VN");
    await expect(page.getByRole("link", { name: /威宁苹果对越南出口量/ })).toBeVisible();
    await page.goto("/market?view=all");
    await page.getByRole("link", { name: "下一页" }).click();
    await expect(page).toHaveURL(/cursor=/);
    await page.goto("/market/seed-laos-chili-contract-2024");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("老挝琅南塔省签订 2800 万美元辣椒采购合同");
    await expect(page.getByText("seeds/003_baa6c17a1f1b491e.txt §3.1")).toBeVisible();
    await context.close();
  });

  test("a search the list cannot take is explained, with the list still shown", async ({ page }) => {
    const response = await page.goto(`/market?q=${"茶".repeat(101)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "内容太长了" })).toBeVisible();
    await expect(page.getByRole("article").first()).toBeVisible();
  });

  test("the home page's market card is a link", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "海外市场信息" }).click();
    await expect(page).toHaveURL(/\/market$/);
  });
});

test.describe("accessibility of the market pages (axe, WCAG 2 A/AA)", () => {
  test("anonymous and applicant pages", async ({ page }) => {
    for (const path of ["/market", "/market/seed-us-green-tea-duty"]) await expectNoAxeViolations(page, path);
    await loginDemo(page, DEMO.applicantBozhou);
    for (const path of ["/", "/market", "/market/follow", "/inbox"]) await expectNoAxeViolations(page, path);
  });

  test("official pages", async ({ page }) => {
    await loginDemo(page, DEMO.officialZunyi);
    for (const path of ["/market/manage", "/market/manage/new", "/market/manage/seed-zunyi-chili-haccp", "/market/sources", "/inbox"]) await expectNoAxeViolations(page, path);
  });

  test("station staff see their county's follows", async ({ page }) => {
    await loginDemo(page, DEMO.staffMeitan);
    await expectNoAxeViolations(page, "/market/county");
    await expect(page.getByRole("heading", { name: "本县卖家关注什么" })).toBeVisible();
    await expect(page.getByRole("cell", { name: DEMO.applicantMeitan.name, exact: true })).toBeVisible();
  });
});
