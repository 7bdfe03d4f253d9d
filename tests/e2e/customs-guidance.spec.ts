import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, loginDemo } from "./support/pages";

async function choose(page: Page, label: string, button = "下一步"): Promise<void> {
  await page.getByLabel(label, { exact: false }).first().check();
  await page.getByRole("button", { name: button }).click();
}

test.describe("customs guidance", () => {
  test("a station clerk gets the checklist for Meitan green tea to Vietnam on a phone, in Chinese, and prints it @mobile", async ({ page }) => {
    await loginDemo(page, DEMO.staffMeitan);
    await page.goto("/");
    await page.getByRole("main").getByRole("link", { name: "报关和结汇指引" }).click();
    await page.getByRole("link", { name: /开始/ }).click();

    await expect(page.getByRole("group", { name: "您要卖什么产品？" })).toBeVisible();
    await page.getByRole("button", { name: "下一步" }).click();
    await expect(page.getByRole("alert", { name: "请修改以下问题" })).toContainText("请选择一种产品");
    await choose(page, "绿茶");
    await expect(page.getByText("第 2 步，共 4 步")).toBeVisible();
    await choose(page, "越南");
    await choose(page, "卖给国外的个人，一件一件寄");
    await page.getByLabel("数量（千克或件）").fill("500");
    await page.getByLabel("每千克或每件的价格").fill("12.50");
    await page.getByLabel("价格的币种").selectOption("USD");
    await page.getByRole("button", { name: "看结果" }).click();

    await expect(page).toHaveURL(/\/customs\/guide\/result\?product=green-tea&destination=VN&channel=b2c&quantity=500&unitPrice=12.50&currency=USD/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("绿茶卖到越南：怎么报关、结汇");
    await expect(page.getByTestId("mode-9610")).toContainText("推荐：9610");
    const checklist = page.getByTestId("checklist");
    for (const item of ["在海关登记跨境电商企业信息", "出口食品生产企业备案", "出口种植基地备案", "植物检疫（越南）", "RCEP原产地证书"]) await expect(checklist).toContainText(item);
    await expect(checklist.getByRole("link", { name: "国际贸易“单一窗口”" }).first()).toHaveAttribute("href", "https://www.singlewindow.cn");
    await expect(page.getByTestId("fx-routes").locator(":scope > li").last()).toContainText("到贵阳的银行办理");
    await expect(page.locator("[data-unverified]").first()).toHaveText("未核实");
    await expect(page.getByTestId("relief-food_excluded")).toContainText("食品不享受");
    // Fits a 360 px phone: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);

    // Every source is one tap away.
    const firstSource = checklist.locator("details").first();
    await firstSource.locator("summary").click();
    await expect(firstSource.getByRole("link").first()).toBeVisible();

    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByTestId("print-button").click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.locator("details:not([open])").count()).toBe(0);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByTestId("print-button")).toBeHidden();
    await expect(checklist).toBeVisible();
    await page.emulateMedia({ media: "screen" });
  });

  test("the result link can be shared and opened without logging in; unverified facts are labelled", async ({ page }) => {
    await page.goto("/customs/guide/result?product=chili-sauce&destination=JP&channel=b2b");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("辣椒酱卖到日本：怎么报关、结汇");
    await expect(page.getByTestId("mode-9710")).toBeVisible();
    await expect(page.getByTestId("note-chili-japan-aflatoxin")).toBeVisible();
    await expect(page.getByText("商品编码：HS 210390，中国10位编码 2103909000未核实")).toBeVisible();
    await expect(page.getByTestId("rcep-advice")).toContainText("RCEP成员");
    // A hand-edited link with an unknown product goes back to the question.
    await page.goto("/customs/guide/result?product=durian&destination=JP&channel=b2b");
    await expect(page).toHaveURL(/\/customs\/guide\?/);
    await expect(page.getByRole("group", { name: "您要卖什么产品？" })).toBeVisible();
  });

  test("a signed-in tea cooperative sees which papers its vault already holds; the same link shows nothing of it to anyone else", async ({ page }) => {
    await loginDemo(page, DEMO.applicantMeitan);
    await page.goto("/customs/guide/result?product=green-tea&destination=VN&channel=b2c");
    await page.getByLabel("用哪个经营主体的证件").selectOption({ label: "湄潭县茶香农民专业合作社" });
    await page.getByRole("button", { name: "对照证件" }).click();
    await expect(page).toHaveURL(/[?&]subject=/);
    const licence = page.getByTestId("holding-cbec-registration");
    await expect(licence).toHaveAttribute("data-status", "held");
    await expect(licence).toContainText("已有：营业执照（长期有效，已核验");
    await expect(page.getByTestId("holding-vn-plant-quarantine")).toHaveCount(0);
    // The shareable link carries the answers, never the subject.
    await expect(page.locator("#share")).not.toHaveValue(/subject=/);
    await expectAccessible(page, "result with the vault held against it");

    const withSubject = page.url();
    await page.context().clearCookies();
    await page.goto(withSubject);
    await expect(page.getByTestId("holdings-hint")).toContainText("登录后");
    await expect(page.locator("[data-testid^=holding-]")).toHaveCount(0);
  });

  test("the calculator uses the chosen day's rate and refuses a missing one", async ({ page }) => {
    await page.goto("/customs/calculator?calculate=1&quantity=100&unitPrice=12.50&currency=USD&rateDate=2025-01-02&goodsCost=3000&domesticHaul=50&internationalFreight=800&platformFeePercent=8&insurancePercent=0.3");
    const result = page.getByTestId("calculator-result");
    await expect(result).toContainText("¥8,984.88");
    await expect(page.getByTestId("margin")).toContainText("¥4,389.14");
    await expect(page.getByTestId("break-even")).toContainText("5.85 USD");
    await expect(result).toContainText("论文数据：贵州平均 23%，沿海 12%");
    await page.goto("/customs/calculator?calculate=1&quantity=100&unitPrice=12.50&currency=USD&rateDate=2025-07-16");
    await expect(page.getByTestId("calculator-result")).toContainText("¥8,940.75");
    await page.goto("/customs/calculator?calculate=1&quantity=10&unitPrice=1000&currency=LAK&rateDate=2025-01-02");
    await expect(page.getByRole("alert", { name: "请修改以下问题" })).toContainText("这一天没有这个币种的汇率");
    await expect(page.getByTestId("calculator-result")).toHaveCount(0);
  });

  test("the JSON API answers as the issue says", async ({ request }) => {
    const products = await (await request.get("/api/v1/customs/products")).json();
    expect(products.products).toContainEqual({ code: "green-tea", name: "绿茶", hsCode: "0902109000", category: "tea" });
    const guidance = await request.get("/api/v1/customs/guidance?product=green-tea&destination=VN&channel=b2c");
    expect(guidance.status()).toBe(200);
    const body = await guidance.json();
    expect(body.modes.find((m: { code: string }) => m.code === "9610")).toMatchObject({ recommended: true });
    expect(body.checklist.map((c: { id: string }) => c.id)).toContain("export-food-producer-filing");
    expect(body.tariff).toHaveProperty("agreement");
    expect((await request.get("/api/v1/customs/guidance?product=durian&destination=VN&channel=b2c")).status()).toBe(404);
    expect((await request.get("/api/v1/customs/guidance?product=green-tea&destination=ZZ&channel=b2c")).status()).toBe(404);
    const bad = await request.get("/api/v1/customs/guidance?product=green-tea&destination=VN&channel=camel");
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error).toBe("validation_failed");
    const cost = await request.post("/api/v1/customs/landed-cost", { data: { quantity: 100, unitPrice: "12.50", currency: "USD", rateDate: "2025-01-02", goodsCost: "3000" } });
    expect(cost.status()).toBe(200);
    expect(await cost.json()).toMatchObject({ revenueFen: 898_488, totalCostFen: 300_000 });
    expect((await request.post("/api/v1/customs/landed-cost", { data: { quantity: 1, unitPrice: "1", currency: "LAK", rateDate: "2025-01-02" } })).status()).toBe(422);
  });

  test("an official imports rates (all or nothing) and corrects a fact", async ({ page }) => {
    await loginDemo(page, DEMO.officialZunyi);
    await page.goto("/customs");
    await page.getByRole("link", { name: /管理参考资料/ }).click();
    await page.getByRole("link", { name: "导入汇率（CSV）" }).click();
    const day = `2026-11-${String(21 + Math.floor(Math.random() * 2)).padStart(2, "0")}`;
    await page.getByLabel("或者把内容粘贴在这里").fill(`currency,date,rate,quotation,unit,source,verified_on\nUSD,${day},7.2,direct,1,https://english.news.cn/20250716/3db1b089e64a4a81a08c406879f06b32/c.html,\nEUR,${day},abc,direct,1,src,`);
    await page.getByRole("button", { name: "检查并导入" }).click();
    await expect(page.getByRole("alert", { name: "请修改以下问题" })).toContainText("一条也没有导入");
    await expect(page.getByRole("alert", { name: "请修改以下问题" })).toContainText("第 3 行（rate）");
    await page.getByLabel("或者把内容粘贴在这里").fill(`currency,date,rate,quotation,unit,source,verified_on\nUSD,${day},7.2,direct,1,https://english.news.cn/20250716/3db1b089e64a4a81a08c406879f06b32/c.html,`);
    await page.getByRole("button", { name: "检查并导入" }).click();
    await expect(page.getByRole("status")).toContainText("已导入 1 条汇率");

    await page.goto("/customs/reference/notes/no-requirements-found");
    await page.getByLabel("内容（中文）").fill("我们的资料没有找到这个市场的具体进口要求（审核人员已更新）。");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page).toHaveURL(/\/customs\/reference\/notes\?saved=no-requirements-found/);
    await page.goto("/customs/guide/result?product=dried-chili&destination=LA&channel=b2b");
    await expect(page.getByTestId("note-no-requirements-found")).toContainText("审核人员已更新");
  });

  test("a station clerk cannot open the reference editor", async ({ page }) => {
    await loginDemo(page, DEMO.staffMeitan);
    const response = await page.goto("/customs/reference");
    expect(response?.status()).toBe(404);
  });

  test("axe: every customs page, anonymous and official", async ({ page }) => {
    // Eighteen pages scanned in one test: give it room on a loaded 2-core machine.
    test.setTimeout(180_000);
    const anonymous = [
      "/customs",
      "/customs/guide",
      "/customs/guide?step=product",
      "/customs/guide?product=green-tea",
      "/customs/guide?product=green-tea&destination=VN",
      "/customs/guide?product=green-tea&destination=VN&channel=b2c",
      "/customs/guide?product=green-tea&destination=VN&channel=b2c&step=volume&quantity=0&unitPrice=1.234&currency=USD",
      "/customs/guide/result?product=green-tea&destination=VN&channel=b2c&quantity=500&unitPrice=12.50&currency=USD",
      "/customs/guide/result?product=miao-embroidery&destination=US&channel=bonded",
      "/customs/calculator?product=green-tea&destination=US",
      "/customs/calculator?calculate=1&quantity=100&unitPrice=12.50&currency=USD&rateDate=2025-01-02&goodsCost=3000",
      "/customs/calculator?calculate=1&quantity=x&unitPrice=&currency=LAK&rateDate=2025-01-02",
    ];
    for (const path of anonymous) {
      await test.step(path, async () => {
        await page.goto(path);
        await expectAccessible(page, path);
      });
    }
    await loginDemo(page, DEMO.officialZunyi);
    for (const path of ["/customs/reference", "/customs/reference/tariffs", "/customs/reference/tariffs/green-tea-VN", "/customs/reference/requirements/new", "/customs/reference/rates", "/customs/reference/import-rates"]) {
      await test.step(path, async () => {
        await page.goto(path);
        await expectAccessible(page, path);
      });
    }
  });
});
