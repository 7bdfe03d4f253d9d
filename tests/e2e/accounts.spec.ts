import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, login, loginDemo, logout, mainNav, randomPhone } from "./support/pages";

// An administrator opens a station-staff account; its holder signs in with the first
// password and changes it under "my account"; the new one works.

test("an administrator opens a station-staff account and its holder changes the password", async ({ page, browser }) => {
  const phone = randomPhone();
  const first = "Weining-station-first-2026";
  const second = "Weining-station-second-2026";

  await loginDemo(page, DEMO.admin);
  await mainNav(page).getByRole("link", { name: "系统管理" }).click();
  await page.getByRole("link", { name: "管理工作人员账号" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("工作人员账号");
  await expect(page.getByTestId("staff-accounts")).toContainText("王服务");
  await expect(page.getByTestId("staff-accounts")).not.toContainText("13800000002");

  await page.getByLabel("账号类型").selectOption({ label: "服务站工作人员" });
  await page.getByLabel("姓名").fill("杨新站");
  await page.getByLabel("手机号码（用来登录）").fill(phone);
  await page.getByLabel("所属服务站（服务站工作人员填）").selectOption({ index: 1 });
  await page.getByLabel("初始密码").fill("too-short");
  await page.getByRole("button", { name: "开设账号" }).click();
  await expect(page.getByRole("alert", { name: "请修改以下问题" })).toContainText("初始密码");
  await page.getByLabel("初始密码").fill(first);
  await page.getByRole("button", { name: "开设账号" }).click();
  await expect(page.getByText("账号已开设：杨新站。")).toBeVisible();
  // By the masked number's last four digits: a retry opens a second 杨新站.
  await expect(page.getByTestId("staff-accounts").getByRole("row", { name: new RegExp(`杨新站.*${phone.slice(-4)}`) })).toContainText("正常");
  await expectAccessible(page, "staff accounts");
  await logout(page);

  await login(page, phone, first);
  // The same account signed in on a second device, which the password change must sign out.
  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await login(other, phone, first);
  await page.goto("/account");
  await page.getByLabel("现在的密码").fill(first);
  await page.getByLabel("新密码", { exact: true }).fill(second);
  await page.getByLabel("再输一遍新密码").fill(second);
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByRole("status").filter({ hasText: "密码已修改" })).toBeVisible();
  await expectAccessible(page, "account");
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("我的账号");
  await other.goto("/account");
  await expect(other).toHaveURL(/\/login\?next=%2Faccount/);
  await otherDevice.close();
  await logout(page);
  await login(page, phone, second);
  await expect(mainNav(page).getByRole("link", { name: "服务站工作台" })).toBeVisible();
});

test("an administrator opens a warehouse-operator account and gives it the Bangkok warehouse", async ({ page }) => {
  const phone = randomPhone();
  await loginDemo(page, DEMO.admin);
  await page.goto("/admin/accounts");
  await page.getByLabel("账号类型").selectOption({ label: "海外仓运营方" });
  await page.getByLabel("姓名").fill("黎仓管");
  await page.getByLabel("手机号码（用来登录）").fill(phone);
  await page.getByLabel("初始密码").fill("Bangkok-cold-store-2026");
  await page.getByRole("button", { name: "开设账号" }).click();
  await expect(page.getByText("账号已开设：黎仓管。")).toBeVisible();

  await page.goto("/manage/warehouses/BKK");
  await page.getByLabel("运营人员手机号码").fill(phone);
  await page.getByRole("button", { name: "加为运营人员" }).click();
  await expect(page.getByText("已把 黎仓管 加为运营人员。")).toBeVisible();
  await expect(page.getByTestId("operators")).toContainText("黎仓管");
  await expectAccessible(page, "warehouse operators");
});
