import { describe, expect, it } from "vitest";
import { can, isRole, listPermissions, PERMISSIONS, ROLE_PERMISSIONS, ROLES, type Permission, type Role } from "./permissions";

function holders(permission: Permission): Role[] {
  return ROLES.filter((role) => can(role, permission));
}

describe("ROLE_PERMISSIONS", () => {
  it("has an entry for every role, with known permissions and no duplicates", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) {
      const list = ROLE_PERMISSIONS[role];
      expect(new Set(list).size).toBe(list.length);
      for (const p of list) expect(PERMISSIONS).toContain(p);
    }
  });

  it("grants every permission to at least one role", () => {
    for (const p of PERMISSIONS) expect(holders(p), p).not.toEqual([]);
  });
});

describe("can — the denials that matter", () => {
  it("applicant cannot unmask, read the county, act for others, or review", () => {
    for (const p of [
      "identifiers.unmask",
      "subjects.read.county",
      "applicants.read.county",
      "act_on_behalf",
      "subsidy.review",
      "audit.read",
      "users.manage",
    ] as const) {
      expect(can("applicant", p), p).toBe(false);
    }
  });

  it("station staff cannot review subsidies, unmask, or read the full audit log", () => {
    expect(can("station_staff", "subsidy.review")).toBe(false);
    expect(can("station_staff", "identifiers.unmask")).toBe(false);
    expect(can("station_staff", "audit.read")).toBe(false);
    expect(can("station_staff", "programmes.manage")).toBe(false);
  });

  it("administrator cannot review subsidies or unmask (separation of duties)", () => {
    expect(can("administrator", "subsidy.review")).toBe(false);
    expect(can("administrator", "identifiers.unmask")).toBe(false);
    expect(can("administrator", "act_on_behalf")).toBe(false);
    expect(can("administrator", "programmes.manage")).toBe(false);
  });

  it("official cannot act on behalf, record delegations, or manage users", () => {
    expect(can("official", "act_on_behalf")).toBe(false);
    expect(can("official", "delegations.record")).toBe(false);
    expect(can("official", "users.manage")).toBe(false);
    expect(can("official", "subsidy.apply")).toBe(false);
  });

  it("warehouse operator only operates the warehouse", () => {
    expect(can("warehouse_operator", "warehouse.operate")).toBe(true);
    expect(can("warehouse_operator", "warehouse.manage")).toBe(false);
    expect(can("warehouse_operator", "subjects.read.county")).toBe(false);
  });
});

describe("can — who holds the sensitive permissions", () => {
  it.each<[Permission, Role[]]>([
    ["subsidy.review", ["official"]],
    ["identifiers.unmask", ["official"]],
    ["act_on_behalf", ["station_staff"]],
    ["delegations.record", ["station_staff"]],
    ["applicants.register", ["station_staff"]],
    ["users.manage", ["administrator"]],
    ["stations.manage", ["administrator"]],
    ["warehouse.manage", ["administrator"]],
    ["warehouse.operate", ["warehouse_operator"]],
    ["market.publish", ["official"]],
    ["programmes.manage", ["official"]],
    ["audit.read", ["official", "administrator"]],
    ["reference.manage", ["official", "administrator"]],
    ["subjects.write.own", ["applicant"]],
    ["subsidy.apply", ["applicant"]],
  ])("%s is held only by %j", (permission, roles) => {
    expect(holders(permission)).toEqual(roles);
  });

  it("no role both reviews subsidies and acts on behalf or manages users", () => {
    for (const role of ROLES) {
      if (can(role, "subsidy.review")) {
        expect(can(role, "act_on_behalf")).toBe(false);
        expect(can(role, "users.manage")).toBe(false);
      }
    }
  });
});

describe("isRole / listPermissions", () => {
  it("recognises roles and rejects anything else", () => {
    expect(isRole("official")).toBe(true);
    expect(isRole("root")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });

  it("denies by default for a role that is not in the table", () => {
    expect(can("root" as Role, "users.manage")).toBe(false);
    expect(listPermissions("root" as Role)).toEqual([]);
  });

  it("lists a role's permissions", () => {
    expect(listPermissions("warehouse_operator")).toContain("warehouse.operate");
  });
});
