import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, login, randomPhone, randomUscc, uniqueTag } from "./support/pages";

// Farmers on weak connections often get the HTML before (or without) the scripts: every form
// must work as a plain HTML form post (server actions with progressive enhancement).
test.use({ javaScriptEnabled: false });

test("register, add a business and switch language with JavaScript disabled @mobile", async ({ page }) => {
  const tag = uniqueTag();
  await page.goto("/register");
  await page.locator("#phone").fill(randomPhone());
  await page.locator("#name").fill(`无脚本${tag}`);
  await page.locator("#password").fill("Shancha-no-script-2026");
  await page.locator("#countyCode").selectOption("520328");
  await page.locator('main button[type="submit"]').click();
  await expect(page).toHaveURL(/\/subjects\/new/);

  await page.locator("#type").selectOption("cooperative");
  await page.locator("#name").fill(`湄潭无脚本合作社${tag}`);
  await page.locator("#idKind").selectOption("uscc");
  await page.locator("#idNumber").fill(randomUscc());
  await page.locator("#registeredOn").fill("2021-03-01");
  await page.locator("#products").fill("绿茶");
  await page.locator('main button[type="submit"]').click();
  await expect(page).toHaveURL(/\/subjects\/[^/]+\?created=1/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`湄潭无脚本合作社${tag}`);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a wrong password shows the error summary without JavaScript", async ({ page }) => {
  await page.goto("/login");
  await page.locator("#phone").fill(DEMO.applicantBozhou.phone);
  await page.locator("#password").fill(`${DEMO_PASSWORD}-wrong`);
  await page.locator('main button[type="submit"]').click();
  await expect(page.getByRole("alert")).toContainText("手机号或密码不正确");
  await expect(page.locator("#phone")).toHaveValue(DEMO.applicantBozhou.phone);
});

test("an official reveals an approved application's bank account for payment without JavaScript", async ({ page }) => {
  await login(page, DEMO.officialZunyi.phone, DEMO_PASSWORD);
  await page.goto("/review/seed-application-01");
  await expect(page.getByTestId("bank-account-masked")).not.toContainText("0100");
  await page.getByRole("button", { name: "显示完整账号" }).click();
  await expect(page.getByTestId("bank-account-full")).toHaveText("6217 0021 0100 1234 5678");
  // Shown once: the page is masked again on the next visit.
  await page.goto("/review/seed-application-01");
  await expect(page.getByTestId("bank-account-masked")).toBeVisible();
  await expect(page.getByTestId("bank-account-full")).toHaveCount(0);
});
