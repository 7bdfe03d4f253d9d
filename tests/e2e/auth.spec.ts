import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, login, loginDemo, logout, mainNav, randomPhone, uniqueTag } from "./support/pages";

test.describe("sign-in and registration", () => {
  test("a new applicant registers, lands on /subjects/new, logs out and logs back in", async ({ page }) => {
    const phone = randomPhone();
    const name = `测试农户${uniqueTag()}`;
    const password = "Guizhou-cha-2026!";

    await page.goto("/register");
    await page.locator("#phone").fill(phone);
    await page.locator("#name").fill(name);
    await page.locator("#password").fill(password);
    await page.locator("#countyCode").selectOption("520328");
    await Promise.all([
      page.waitForURL(/\/subjects\/new/, { timeout: 15_000 }),
      page.locator('main form button[type="submit"]').click(),
    ]);
    await expect(page.getByText(`${name}（申请人）已登录`)).toBeVisible();
    await expect(page.locator("#type")).toBeVisible();

    await logout(page);
    await login(page, phone, password);
    await expect(page.getByText(`${name}（申请人）已登录`)).toBeVisible();
  });

  test("after logout the session is gone: /subjects sends you to /login", async ({ page }) => {
    // In production the cookie is __Host-qkt.session: a deletion without Secure would be ignored.
    await loginDemo(page, DEMO.applicantBozhou);
    await logout(page);
    await page.goto("/subjects");
    await expect(page).toHaveURL(/\/login/, { timeout: 3_000 });
  });

  for (const who of Object.values(DEMO)) {
    test(`demo ${who.phone} (${who.role}) sees role and nav item`, async ({ page }) => {
      await loginDemo(page, who);
      await expect(page.getByText(`${who.name}（${who.role}）已登录`)).toBeVisible();
      await expect(mainNav(page).getByRole("link", { name: who.nav, exact: true })).toBeVisible();
    });
  }

  test("a wrong password shows the error summary", async ({ page }) => {
    await page.goto("/login");
    await page.locator("#phone").fill(DEMO.admin.phone);
    await page.locator("#password").fill(`${DEMO_PASSWORD}-wrong`);
    await page.locator('main form button[type="submit"]').click();
    const alert = page.getByRole("alert", { name: "请修改以下问题" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("手机号或密码不正确");
    // GOV.UK pattern: the summary takes focus so screen-reader and keyboard users land on it.
    await expect(alert).toBeFocused();
    await expect(page).toHaveURL(/\/login/);
  });

  test("registering with 12345678 is refused as a common password", async ({ page }) => {
    await page.goto("/register");
    await page.locator("#phone").fill(randomPhone());
    await page.locator("#name").fill(`测试农户${uniqueTag()}`);
    await page.locator("#password").fill("12345678");
    await page.locator("#countyCode").selectOption("520328");
    await page.locator('main form button[type="submit"]').click();
    await expect(page.getByRole("alert", { name: "请修改以下问题" })).toContainText("这个密码太常见");
    await expect(page.locator("#password")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/register/);
  });
});
