/**
 * Role → permission table. Pure data plus a lookup; the service layer decides
 * what to do with a "no" (and adds the row-level checks: own subject, own
 * county, an active delegation).
 *
 * Principles: least privilege (ASVS 4.0.3 V4.1.3), deny by default (V4.1.5),
 * and separation of duties (NIST SP 800-53 AC-5): whoever manages accounts
 * does not decide subsidies, and whoever decides subsidies does not act in a
 * seller's name.
 */

export const ROLES = ["applicant", "station_staff", "official", "administrator", "warehouse_operator"] as const;

export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "subjects.read.own",
  "subjects.write.own",
  "subjects.read.county",
  "applicants.read.county",
  "applicants.register",
  "delegations.record",
  "delegations.revoke.own",
  "act_on_behalf",
  "identifiers.unmask",
  "audit.read",
  "audit.read.own",
  "users.manage",
  "stations.manage",
  "reference.manage",
  "subsidy.screen",
  "subsidy.apply",
  "subsidy.review",
  "programmes.manage",
  "customs.guidance",
  "warehouse.book",
  "warehouse.operate",
  "warehouse.manage",
  "market.read",
  "market.publish",
  "api_tokens.manage.own",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

// Public guidance every signed-in role may read.
const GUIDANCE: readonly Permission[] = ["customs.guidance", "market.read", "audit.read.own"];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  // A seller: their own business data, their own applications and bookings,
  // and who has acted for them.
  applicant: [
    ...GUIDANCE,
    "subjects.read.own",
    "subjects.write.own",
    "delegations.revoke.own",
    "subsidy.screen",
    "subsidy.apply",
    "warehouse.book",
    "api_tokens.manage.own",
  ],
  // Service-station staff help sellers in their county. Anything they do *for*
  // a seller goes through act_on_behalf under a recorded delegation, and the
  // service layer then checks the seller's own permission — so staff hold no
  // subsidy.apply or subjects.write.own of their own.
  station_staff: [
    ...GUIDANCE,
    "subjects.read.county",
    "applicants.read.county",
    "applicants.register",
    "delegations.record",
    "act_on_behalf",
    "subsidy.screen",
  ],
  // Commerce-bureau officials: decide, publish, and oversee — never act as a
  // seller (they would then be approving their own paperwork).
  official: [
    ...GUIDANCE,
    "subjects.read.county",
    "applicants.read.county",
    "identifiers.unmask",
    "audit.read",
    "subsidy.screen",
    "subsidy.review",
    "programmes.manage",
    "reference.manage",
    "market.publish",
  ],
  // Platform administrators run accounts and infrastructure; they do not see
  // unmasked identifiers or review subsidies (an admin could otherwise create
  // an account and approve its application).
  administrator: [
    ...GUIDANCE,
    "users.manage",
    "stations.manage",
    "warehouse.manage",
    "reference.manage",
    "audit.read",
  ],
  // Bonded / overseas-warehouse operators work the bookings made with them.
  warehouse_operator: [...GUIDANCE, "warehouse.operate"],
};

const ROLE_PERMISSION_SETS: ReadonlyMap<Role, ReadonlySet<Permission>> = new Map(
  ROLES.map((role) => [role, new Set(ROLE_PERMISSIONS[role])]),
);

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Deny by default: unknown roles (e.g. a stale session) get nothing. */
export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSION_SETS.get(role)?.has(permission) ?? false;
}

export function listPermissions(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role] ?? [];
}
