import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, firstSubjectIdOf, loginDemo, logout, randomUscc, uniqueTag } from "./support/pages";

// The whole paper process in the portal: a station files for a farmer with consent, an
// official returns it with a comment on one answer, the applicant fixes it from their own
// account, a second official approves, and the applicant reads the decision in Chinese.

const PDF = (text: string) => Buffer.from(`%PDF-1.4\n% qkt e2e ${text}\n%%EOF\n`, "latin1");
const TRAINING = "跨境电商实操培训补贴";

async function clickAndWait(page: Page, name: string | RegExp, url: RegExp): Promise<void> {
  await Promise.all([page.waitForURL(url, { timeout: 15_000 }), page.locator("main").getByRole("button", { name, exact: typeof name === "string" }).click()]);
}

/** Fills a training-subsidy application for the subject from start to the confirmation page; returns its id and reference. */
async function fileTrainingApplication(page: Page, subjectId: string, people: string): Promise<{ id: string; reference: string }> {
  await page.goto(`/subjects/${subjectId}/apply`);
  await expectAccessible(page, "apply");
  await clickAndWait(page, `申请“${TRAINING}”`, /\/applications\/[^/]+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await expectAccessible(page, "task list");

  await page.getByRole("link", { name: "核对经营主体信息" }).click();
  await expectAccessible(page, "subject task");
  await clickAndWait(page, "信息正确，继续", new RegExp(`/applications/${id}$`));

  await page.getByRole("link", { name: "回答这个项目要问的问题" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page, "question");
  await page.getByLabel("是", { exact: true }).check();
  await clickAndWait(page, "保存并继续", /\/facts\/peopleTrained$/);
  await page.locator("#answer").fill(people);
  await clickAndWait(page, "保存并继续", new RegExp(`/applications/${id}$`));

  await page.getByRole("link", { name: "选择证明材料" }).click();
  await expectAccessible(page, "evidence");
  await page.getByRole("link", { name: "上传新材料到材料库" }).click();
  await expectAccessible(page, "vault");
  await page.locator("#type").selectOption("training_certificate");
  await page.locator("#number").fill(`PX-${uniqueTag()}`);
  await page.locator("#issuer").fill("湄潭县职业技术学校");
  await page.locator("#validTo").fill("2030-12-31");
  await page.locator("#file").setInputFiles({ name: "certificate.pdf", mimeType: "application/pdf", buffer: PDF(`certificate ${uniqueTag()}`) });
  await clickAndWait(page, "上传", /uploaded=1/);
  for (const box of await page.locator('input[name="documentIds"]').all()) await box.check();
  await clickAndWait(page, "保存并继续", new RegExp(`/applications/${id}$`));

  await page.getByRole("link", { name: "填写收款银行账户" }).click();
  await page.locator("#bankName").fill("贵州省农村信用社");
  await page.locator("#accountNumber").fill("6217 0021 0012 3456 789");
  await expectAccessible(page, "bank");
  await clickAndWait(page, "保存并继续", new RegExp(`/applications/${id}$`));

  await page.getByRole("link", { name: "确认声明" }).click();
  await expectAccessible(page, "declaration");
  await page.locator("#declaration").check();
  await clickAndWait(page, "保存并继续", /\/check$/);
  await expect(page.getByTestId("check-amount")).toContainText("¥");
  await expectAccessible(page, "check your answers");
  await clickAndWait(page, "确认并提交申请", /\/confirmation$/);
  const reference = (await page.getByTestId("reference").textContent())!.trim();
  expect(reference).toMatch(/^GZ-\d{4}-\d{6}$/);
  await expectAccessible(page, "confirmation");

  return { id, reference };
}

test.describe("subsidy applications", () => {
  // Whole journeys across four accounts, each page scanned by axe: longer than the 30 s default.
  test.describe.configure({ timeout: 180_000 });

  test("a station files for a farmer without a phone, with a signed consent form", async ({ page }) => {
    const farmer = `无手机农户${uniqueTag()}`;
    await loginDemo(page, DEMO.staffMeitan);
    await page.goto("/station/applicants/new");
    await page.locator("#name").fill(farmer);
    await Promise.all([page.waitForURL(/\?registered=1/), page.getByRole("button", { name: "登记", exact: true }).click()]);
    await page.locator('input[name="method"][value="signed_form"]').check();
    await page.locator("#consentFile").setInputFiles({ name: "consent.pdf", mimeType: "application/pdf", buffer: PDF("consent") });
    await Promise.all([page.waitForURL(/\?delegated=1/), page.getByRole("button", { name: "记录授权", exact: true }).click()]);
    await Promise.all([page.waitForURL((url) => url.pathname === "/"), page.getByRole("button", { name: `开始代 ${farmer} 办理` }).click()]);

    await page.goto("/subjects/new");
    await page.locator("#type").selectOption("cooperative");
    await page.locator("#name").fill(`${farmer}茶叶合作社`);
    await page.locator("#idKind").selectOption("uscc");
    await page.locator("#idNumber").fill(randomUscc());
    await page.locator("#countyCode").selectOption("520328");
    await page.locator("#registeredOn").fill("2020-05-01");
    await page.locator("#products").fill("绿茶");
    await Promise.all([page.waitForURL(/\/subjects\/[^/?]+\?created=1/), page.getByRole("button", { name: "保存", exact: true }).click()]);
    const subjectId = new URL(page.url()).pathname.split("/").pop()!;

    // The business licence goes into the farmer's vault once.
    await page.goto(`/subjects/${subjectId}/documents`);
    await page.locator("#type").selectOption("business_licence");
    await page.locator("#number").fill(`YZ-${uniqueTag()}`);
    await page.locator("#issuer").fill("湄潭县市场监督管理局");
    await page.locator("#file").setInputFiles({ name: "licence.jpg", mimeType: "image/jpeg", buffer: PDF("licence") });
    await clickAndWait(page, "上传", /uploaded=1/);

    const { reference } = await fileTrainingApplication(page, subjectId, "2");
    await page.goto("/applications");
    await expect(page.getByText(reference)).toBeVisible();
    await expect(page.getByTestId("application-status").first()).toContainText("已提交");
  });

  test("returned for a change, fixed by the applicant, approved by a second official @e2e", async ({ page }) => {
    // Station staff act for demo applicant 13800000001 (who authorised the Meitan centre).
    await loginDemo(page, DEMO.staffMeitan);
    await page.goto("/station");
    await page.locator("main").getByRole("link", { name: DEMO.applicantMeitan.name, exact: true }).click();
    await Promise.all([page.waitForURL((url) => url.pathname === "/"), page.getByRole("button", { name: `开始代 ${DEMO.applicantMeitan.name} 办理` }).click()]);
    const subjectId = await firstSubjectIdOf(page);
    const { id, reference } = await fileTrainingApplication(page, subjectId, "2");
    await Promise.all([page.waitForURL((url) => url.pathname === "/station"), page.getByRole("button", { name: "结束代办" }).click()]);
    await logout(page);

    // The first official returns it, with a comment tied to the number of people trained.
    await loginDemo(page, DEMO.officialZunyi);
    await page.goto("/review");
    await expectAccessible(page, "review queue");
    await page.getByRole("link", { name: reference }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(TRAINING);
    await expectAccessible(page, "review page");
    await page.getByLabel("退回申请人修改").check();
    await page.locator('[id="comment.facts.peopleTrained"]').fill("结业证书上是 3 人，请改成 3");
    await clickAndWait(page, "提交审核决定", /decided=1/);
    await expect(page.getByTestId("application-status")).toContainText("需要您修改");
    await logout(page);

    // The applicant sees exactly what to fix, from their own account, and sends it again.
    await loginDemo(page, DEMO.applicantMeitan);
    await page.goto(`/applications/${id}`);
    await expect(page.getByTestId("change-requests")).toContainText("结业证书上是 3 人");
    await page.goto(`/applications/${id}/facts/peopleTrained`);
    await page.locator("#answer").fill("3");
    await clickAndWait(page, "保存并继续", new RegExp(`/applications/${id}$`));
    await page.getByRole("link", { name: "确认声明" }).click();
    await page.locator("#declaration").check();
    await clickAndWait(page, "保存并继续", /\/check$/);
    await expect(page.getByTestId("check-amount")).toContainText("4,500");
    await clickAndWait(page, "确认并提交申请", /\/confirmation$/);
    await logout(page);

    // A second official approves.
    await loginDemo(page, DEMO.officialZunyi2);
    await page.goto(`/review/${id}`);
    await expect(page.getByTestId("diff")).toContainText("由 2 改为 3");
    await page.getByLabel("批准", { exact: true }).check();
    await page.locator("#amountFen").fill("4500");
    await clickAndWait(page, "提交审核决定", /decided=1/);
    await expect(page.getByTestId("application-status")).toContainText("已批准");
    // Paying it: the full account number, once, on an explicit (audited) request.
    await expect(page.getByTestId("bank-account-masked")).not.toContainText("3456");
    await page.getByRole("button", { name: "显示完整账号" }).click();
    await expect(page.getByTestId("bank-account-full")).toHaveText("6217 0021 0012 3456 789");
    await page.goto("/review/dashboard");
    await expectAccessible(page, "dashboard");
    const approvedOnDashboard = Number((await page.getByTestId("count-approved").textContent())!.replace(/\D/g, ""));
    await page.goto("/review?status=approved");
    await expect(page.locator("tbody tr")).toHaveCount(approvedOnDashboard);
    await logout(page);

    // The applicant reads the decision in Chinese.
    await loginDemo(page, DEMO.applicantMeitan);
    await page.goto(`/applications/${id}`);
    await expect(page.getByTestId("application-status")).toHaveText("已批准");
    await expect(page.getByText("申请已批准，补贴金额 ¥4,500")).toBeVisible();
    await expectAccessible(page, "decision");
    // …and was told so in the inbox, with every step before it.
    await page.goto("/inbox");
    await expect(page.locator("main")).toContainText(`您的补贴申请 ${reference}（${TRAINING}）已批准，补贴金额 ¥4,500。`);
    await expect(page.locator("main")).toContainText(`您的补贴申请 ${reference}（${TRAINING}）需要改一下再交。要改的地方：完成培训人数`);
  });

  test("someone else's application is a 404", async ({ page }) => {
    await loginDemo(page, DEMO.applicantBozhou);
    const response = await page.goto("/applications/seed-application-01");
    expect(response?.status()).toBe(404);
  });
});
