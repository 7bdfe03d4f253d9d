import { expect, test } from "@playwright/test";
import { DEMO, firstSubjectIdOf, loginDemo } from "./support/pages";

test.describe("access control", () => {
  test("another applicant gets 404 on applicant 1's subject", async ({ browser }) => {
    const owner = await browser.newPage();
    await loginDemo(owner, DEMO.applicantMeitan);
    const id = await firstSubjectIdOf(owner);
    const ownView = await owner.goto(`/subjects/${id}`);
    expect(ownView?.status()).toBe(200);
    await owner.close();

    const other = await browser.newPage();
    await loginDemo(other, DEMO.applicantBozhou);
    const response = await other.goto(`/subjects/${id}`);
    expect(response?.status()).toBe(404);
    await expect(other.locator("main")).not.toContainText("湄潭县茶香农民专业合作社");
    await other.close();
  });

  test("staff of another county get 404 on a Meitan applicant", async ({ browser }) => {
    const meitan = await browser.newPage();
    await loginDemo(meitan, DEMO.staffMeitan);
    await meitan.goto("/station");
    const link = meitan.locator("main").getByRole("link", { name: DEMO.applicantMeitan.name, exact: true });
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/station\/applicants\/.+/);
    expect((await meitan.goto(href!))?.status()).toBe(200);
    await meitan.close();

    const weining = await browser.newPage();
    await loginDemo(weining, DEMO.staffWeining);
    const response = await weining.goto(href!);
    expect(response?.status()).toBe(404);
    await expect(weining.locator("main")).not.toContainText(DEMO.applicantMeitan.name);
    await weining.close();
  });

  test("an applicant gets 404 on /station and /official", async ({ page }) => {
    await loginDemo(page, DEMO.applicantMeitan);
    for (const path of ["/station", "/official", "/station/applicants/new"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });

  test("anonymous visitors to /subjects are sent to /login", async ({ page }) => {
    await page.goto("/subjects");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.locator("#phone")).toBeVisible();
  });
});
