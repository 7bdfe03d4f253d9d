import { randomInt } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { computeUsccCheckChar } from "../../../src/modules/identity/domain/identifiers";

/** Password of every demo account (prisma/seed.ts). */
export const DEMO_PASSWORD = "Qkt-demo-2026";

/** Demo accounts from prisma/seed.ts. */
export const DEMO = {
  applicantMeitan: { phone: "13800000001", name: "田茶农", role: "申请人", nav: "我的经营主体" },
  staffMeitan: { phone: "13800000002", name: "王服务", role: "服务站工作人员", nav: "服务站工作台" },
  officialZunyi: { phone: "13800000003", name: "李审核", role: "商务局审核人员", nav: "审核与统计" },
  admin: { phone: "13800000004", name: "张管理", role: "系统管理员", nav: "系统管理" },
  applicantBozhou: { phone: "13800000005", name: "杨辣椒", role: "申请人", nav: "我的经营主体" },
  staffWeining: { phone: "13800000006", name: "马服务", role: "服务站工作人员", nav: "服务站工作台" },
  officialZunyi2: { phone: "13800000007", name: "陈复核", role: "商务局审核人员", nav: "审核与统计" },
  warehouseOperator: { phone: "13800000008", name: "阮仓管", role: "海外仓运营方", nav: "仓库作业" },
  applicantWeining: { phone: "13800000009", name: "马德福", role: "申请人", nav: "我的经营主体" },
} as const;

export type DemoAccount = (typeof DEMO)[keyof typeof DEMO];

/**
 * Signs in through /login, clicking the submit button of the form inside <main> (the header
 * has its own forms: language switch, large text).
 */
export async function login(page: Page, phone: string, password: string): Promise<Page> {
  await page.goto("/login");
  await page.locator("#phone").fill(phone);
  await page.locator("#password").fill(password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 15_000 }),
    page.locator('main form button[type="submit"]').click(),
  ]);
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
  return page;
}

export function loginDemo(page: Page, who: DemoAccount): Promise<Page> {
  return login(page, who.phone, DEMO_PASSWORD);
}

/** A random, unused-looking mobile number 139xxxxxxxx. */
export function randomPhone(): string {
  return `139${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
}

/** A short random tag for names, so reruns against the same database don't collide. */
export function uniqueTag(): string {
  return randomInt(0, 36 ** 5).toString(36).padStart(5, "0").toUpperCase();
}

const USCC_BODY_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** A valid, random USCC of a Meitan farmers' cooperative (authority 9, type 3, county 520328). */
export function randomUscc(countyCode = "520328"): string {
  let org = "";
  for (let i = 0; i < 9; i += 1) org += USCC_BODY_CHARS.charAt(randomInt(0, USCC_BODY_CHARS.length));
  const first17 = `93${countyCode}${org}`;
  return first17 + computeUsccCheckChar(first17);
}

/** The main navigation landmark. */
export function mainNav(page: Page) {
  return page.getByRole("navigation", { name: /主导航|Main navigation/ });
}

/** Clicks the header's logout button and waits for the anonymous home page (its header and main both link to 登录). */
export async function logout(page: Page): Promise<void> {
  await Promise.all([
    page.waitForURL((url) => url.pathname === "/"),
    page.getByRole("button", { name: "退出登录" }).click(),
  ]);
  await expect(page.getByRole("banner").getByRole("link", { name: "登录", exact: true })).toBeVisible();
}

/** Submits a form by its submit button and waits for the URL to match. */
export async function submitAndWait(page: Page, button: ReturnType<Page["getByRole"]>, url: RegExp): Promise<void> {
  await Promise.all([page.waitForURL(url, { timeout: 15_000 }), button.click()]);
}

/** The id of applicant 13800000001's seeded cooperative, read from their /subjects list. */
export async function firstSubjectIdOf(page: Page): Promise<string> {
  await page.goto("/subjects");
  const href = await page.locator('main a[href^="/subjects/"]:not([href="/subjects/new"])').first().getAttribute("href");
  const id = href?.split("/").pop();
  if (!id) throw new Error("no subject link on /subjects");
  return id;
}

/** WCAG 2 A and AA checks (axe) on the page as it is now. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await page.locator("main").waitFor();
  // Next.js streams metadata: after a client-side navigation the <title> can land a moment
  // after <main>, and axe would report a missing document title that no reader ever sees.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const summary = results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
