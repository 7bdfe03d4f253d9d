import { expect, type Page } from "@playwright/test";

/** Demo accounts created by prisma/seed.ts; keep in step with the seed. */
export interface Credentials {
  phone: string;
  password: string;
}

/**
 * Signs in through the login form at /login (inputs #phone and #password, a submit button)
 * and waits until the browser has left /login. Returns the page for chaining.
 */
export async function login(page: Page, phone: string, password: string): Promise<Page> {
  await page.goto("/login");
  await page.locator("#phone").fill(phone);
  await page.locator("#password").fill(password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 15_000 }),
    page.locator('form button[type="submit"]').first().click(),
  ]);
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
  return page;
}

/** login() with a Credentials object. */
export function loginAs(page: Page, who: Credentials): Promise<Page> {
  return login(page, who.phone, who.password);
}
