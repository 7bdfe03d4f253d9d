import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, loginDemo, mainNav } from "./support/pages";

// Dates are relative to the China calendar day, so the spec runs on any day.
function isoDay(offset: number): string {
  const d = new Date(Date.now() + 8 * 3600_000);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

const COOP = "威宁县迤那苹果种植专业合作社";

async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  await page.locator("main").waitFor();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const summary = results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

async function apiToken(request: APIRequestContext, phone: string): Promise<string> {
  const res = await request.post("/api/v1/auth/token", { data: { phone, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

test.describe("overseas-warehouse booking", () => {
  // Several pages and axe scans per test, on two shared cores.
  test.describe.configure({ timeout: 120_000 });

  test("a Weining cooperative books 3 m³ of cold storage in Hanoi for apples on a phone, sees the subsidised price, and cancels @mobile", async ({ page }) => {
    const from = isoDay(40);
    const to = isoDay(53);
    await loginDemo(page, DEMO.applicantWeining);

    // From the home page to the search, through the navigation.
    await mainNav(page).getByRole("link", { name: "海外仓", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "海外仓预订" })).toBeVisible();
    await page.locator("#country").selectOption("VN");
    await page.locator("#from").fill(from);
    await page.locator("#to").fill(to);
    await page.locator("#volumeM3").fill("3");
    await page.locator("#cold").selectOption("true");
    await page.getByRole("button", { name: "查找" }).click();
    const hanoi = page.getByTestId("warehouse-HAN");
    await expect(hanoi).toContainText("这些天都有 3 立方米空位");
    await expect(hanoi).toContainText("政府补贴");
    await hanoi.getByRole("link", { name: "预订仓位" }).click();

    // Step 1: what to store.
    await expect(page.getByRole("heading", { level: 1, name: /预订 河内公共海外仓/ })).toBeVisible();
    await page.locator("#subjectId").selectOption({ label: COOP });
    await page.locator("#from").fill(from);
    await page.locator("#to").fill(to);
    await page.locator("#volumeM3").fill("3");
    await page.locator("#cold").selectOption("true");
    await Promise.all([page.waitForURL(/\/book\/check\?/), page.getByRole("button", { name: "下一步：看价格" }).click()]);

    // Step 2: check your answers, with the price and the subsidy, before anything is booked.
    await expect(page.getByRole("heading", { level: 1, name: "核对预订和价格" })).toBeVisible();
    await expect(page.getByText(COOP)).toBeVisible();
    await expect(page.getByText("冷链（冷藏）")).toBeVisible();
    // 14 days × ¥4.50 × 3 m³ = ¥189 storage + ¥33 inbound = ¥222; the public subsidy pays half.
    await expect(page.getByRole("row", { name: /政府补贴（50%）/ })).toContainText("-¥111.00");
    await expect(page.getByTestId("quote-total")).toHaveText("¥111.00");
    await Promise.all([page.waitForURL(/\/bookings\/[^/?]+\?booked=1/), page.getByRole("button", { name: "确认预订" }).click()]);

    const notice = page.getByRole("status").filter({ hasText: "预订成功" });
    await expect(notice).toContainText(/WH-\d{4}-\d{6}/);
    const reference = (await notice.textContent())!.match(/WH-\d{4}-\d{6}/)![0];
    await expect(page.getByText("状态：已预订")).toBeVisible();

    // My bookings → cancel, with its own confirmation page.
    await mainNav(page).getByRole("link", { name: "我的仓位预订" }).click();
    const item = page.getByTestId(`booking-${reference}`);
    await expect(item).toContainText("3 立方米");
    await item.getByRole("link", { name: "取消预订" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `取消预订 ${reference}？` })).toBeVisible();
    await Promise.all([page.waitForURL(/\?cancelled=1/), page.getByRole("button", { name: "确认取消" }).click()]);
    await expect(page.getByText("预订已取消，仓位已释放。")).toBeVisible();
    await expect(page.getByText("状态：已取消")).toBeVisible();
  });

  test("the API books with an idempotency key, the operator records arrival and departure, and a capacity cut below bookings is refused", async ({ page, request }) => {
    const token = await apiToken(request, DEMO.applicantWeining.phone);
    const auth = { authorization: `Bearer ${token}` };
    const subjects = ((await (await request.get("/api/v1/subjects", { headers: auth })).json()) as { subjects: { id: string; name: string }[] }).subjects;
    const subjectId = subjects.find((s) => s.name === COOP)!.id;
    const body = { subjectId, from: isoDay(3), to: isoDay(5), volumeM3: "1.25", cold: false };
    const key = `e2e-${Date.now()}`;
    const first = await request.post("/api/v1/warehouses/HAN/bookings", { headers: { ...auth, "idempotency-key": key }, data: body });
    expect(first.status()).toBe(201);
    const booked = (await first.json()) as { id: string; reference: string; status: string };
    const again = await request.post("/api/v1/warehouses/HAN/bookings", { headers: { ...auth, "idempotency-key": key }, data: body });
    expect([again.status(), await again.json()]).toEqual([201, booked]);
    expect((await request.post("/api/v1/warehouses/HAN/bookings", { headers: { ...auth, "idempotency-key": key }, data: { ...body, volumeM3: "2" } })).status()).toBe(422);
    expect((await request.post("/api/v1/warehouses/HAN/bookings", { headers: auth, data: { ...body, volumeM3: "1.255" } })).status()).toBe(422);

    // The operator of HAN records the goods in and out.
    await loginDemo(page, DEMO.warehouseOperator);
    await mainNav(page).getByRole("link", { name: "仓库作业" }).click();
    const item = page.getByTestId(`booking-${booked.reference}`);
    await Promise.all([page.waitForURL(/done=arrive/), item.getByRole("button", { name: "登记入仓" }).click()]);
    await expect(page.getByTestId(`booking-${booked.reference}`)).toContainText("状态：已入仓");
    await expectNoAxeViolations(page, "/manage/bookings");

    // Cutting HAN's ambient capacity to 1 m³ over those days would overbook them: refused, listed.
    await page.goto("/manage/warehouses/HAN");
    await expectNoAxeViolations(page, "/manage/warehouses/HAN (operator)");
    await page.locator("#from").fill(isoDay(3));
    await page.locator("#to").fill(isoDay(5));
    await page.locator("#capacityM3").fill("1");
    await page.getByRole("button", { name: "保存仓位" }).click();
    await expect(page.getByRole("alert", { name: "请修改以下问题" })).toContainText("不能这样减少");
    await expect(page.getByRole("table").filter({ hasText: booked.reference })).toBeVisible();
    await expectNoAxeViolations(page, "/manage/warehouses/HAN (conflicts)");

    await page.goto("/manage/bookings");
    await Promise.all([page.waitForURL(/done=depart/), page.getByTestId(`booking-${booked.reference}`).getByRole("button", { name: "登记出仓" }).click()]);
    await expect(page.getByTestId(`booking-${booked.reference}`)).toHaveCount(0);
    const cancel = await request.delete(`/api/v1/bookings/${booked.id}`, { headers: auth });
    expect(cancel.status()).toBe(409);
  });

  test("warehouse pages have no axe violations, in both languages", async ({ page, context }) => {
    for (const path of ["/warehouses", `/warehouses?country=TH&from=${isoDay(10)}&to=${isoDay(12)}&volumeM3=2&cold=true`, "/warehouses/BKK", "/warehouses/LAX"]) {
      await page.goto(path);
      await expectNoAxeViolations(page, path);
    }
    await loginDemo(page, DEMO.applicantWeining);
    for (const path of ["/warehouses/BKK/book", "/bookings"]) {
      await page.goto(path);
      await expectNoAxeViolations(page, path);
    }
    await page.goto("/warehouses/BKK/book");
    await page.locator("#subjectId").selectOption({ label: COOP });
    await page.locator("#from").fill(isoDay(10));
    await page.locator("#to").fill(isoDay(12));
    await page.locator("#volumeM3").fill("2.5");
    await Promise.all([page.waitForURL(/\/book\/check\?/), page.getByRole("button", { name: "下一步：看价格" }).click()]);
    await expectNoAxeViolations(page, "check page");
    await Promise.all([page.waitForURL(/\?booked=1/), page.getByRole("button", { name: "确认预订" }).click()]);
    await expectNoAxeViolations(page, "booking page");
    await page.goto(`${new URL(page.url()).pathname}/cancel`);
    await expectNoAxeViolations(page, "cancel page");

    await context.addCookies([{ name: "qkt_lang", value: "en", url: new URL(page.url()).origin }]);
    await page.goto("/warehouses/HAN");
    await expect(page.getByRole("heading", { level: 1, name: "Hanoi Public Overseas Warehouse" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Free space per day" })).toBeVisible();
    await expectNoAxeViolations(page, "/warehouses/HAN (en)");
    await page.goto("/bookings");
    await expect(page.getByRole("heading", { level: 1, name: "My warehouse bookings" })).toBeVisible();
  });

  test("administrators maintain warehouses: pages pass axe and a new warehouse can be added", async ({ page }) => {
    await loginDemo(page, DEMO.admin);
    await mainNav(page).getByRole("link", { name: "海外仓维护" }).click();
    await expectNoAxeViolations(page, "/manage/warehouses");
    await page.getByRole("link", { name: "新增仓库" }).click();
    await expectNoAxeViolations(page, "/manage/warehouses/new");
    const code = `Z${String.fromCharCode(65 + Math.floor(Math.random() * 26))}${String.fromCharCode(65 + Math.floor(Math.random() * 26))}`;
    const fill = async (id: string, value: string) => page.locator(`#${id}`).fill(value);
    await fill("code", code);
    await fill("nameZh", "胡志明市公共海外仓");
    await fill("nameEn", "Ho Chi Minh City Public Warehouse");
    await fill("countryCode", "VN");
    await fill("cityZh", "胡志明市");
    await fill("cityEn", "Ho Chi Minh City");
    await fill("operatorZh", "测试运营方");
    await fill("operatorEn", "Test operator");
    await fill("openingDate", isoDay(0));
    await fill("ambientCapacityM3", "300");
    await fill("coldCapacityM3", "0");
    await fill("ambientTiers", "31:2.2, 91:3.3");
    await fill("inboundYuanPerM3", "11");
    await fill("outboundYuanPerOrder", "0.7");
    await Promise.all([page.waitForURL(new RegExp(`/manage/warehouses/${code}\\?saved=1`)), page.getByRole("button", { name: "保存", exact: true }).click()]);
    await expectNoAxeViolations(page, `/manage/warehouses/${code}`);
    await page.goto(`/warehouses/${code}`);
    await expect(page.getByText("第 31 天起每立方米每天 ¥2.20")).toBeVisible();
  });
});
