import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, firstSubjectIdOf, loginDemo, type DemoAccount } from "./support/pages";

async function expectNoViolations(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} status`).toBeLessThan(400);
  await expectAccessible(page, path);
}

async function scanAs(page: Page, who: DemoAccount | null, paths: (page: Page) => Promise<string[]> | string[]): Promise<void> {
  if (who) await loginDemo(page, who);
  for (const path of await paths(page)) {
    await test.step(path, () => expectNoViolations(page, path));
  }
}

test.describe("accessibility (axe, WCAG 2 A/AA)", () => {
  test("anonymous pages", async ({ page }) => {
    await scanAs(page, null, () => ["/", "/login", "/register"]);
  });

  test("anonymous pages at 360px", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await scanAs(page, null, () => ["/", "/register"]);
  });

  test("applicant pages", async ({ page }) => {
    await scanAs(page, DEMO.applicantMeitan, async (p) => {
      const id = await firstSubjectIdOf(p);
      return ["/", "/subjects", "/subjects/new", `/subjects/${id}`, "/delegations", "/history", "/account"];
    });
  });

  test("station staff pages", async ({ page }) => {
    await scanAs(page, DEMO.staffMeitan, async (p) => {
      await p.goto("/station");
      const href = await p.locator("main").getByRole("link", { name: DEMO.applicantMeitan.name, exact: true }).getAttribute("href");
      if (!href) throw new Error("Meitan applicant not listed on /station");
      return ["/station", "/station/applicants/new", href];
    });
  });

  test("official pages", async ({ page }) => {
    await scanAs(page, DEMO.officialZunyi, () => ["/official"]);
  });

  test("administrator pages", async ({ page }) => {
    await scanAs(page, DEMO.admin, () => ["/admin"]);
  });
});
