import { can, type Permission, type Role } from "./permissions";

/** Who is acting, and for whom: every service call receives one and every audit row records both. */
export type ActingFor = {
  applicantId: string;
  applicantName: string;
  delegationId: string;
  scope: string[];
};

export type Actor = {
  userId: string;
  role: Role;
  name: string;
  countyCode: string | null;
  prefectureCode: string | null;
  stationId: string | null;
  actingFor: ActingFor | null;
  ip: string;
};

/** The person whose data an action concerns: the applicant acted for, or the actor themselves. */
export function subjectOwnerId(actor: Actor): string {
  return actor.actingFor?.applicantId ?? actor.userId;
}

export function auditPeople(actor: Actor): { actorId: string; onBehalfOfId: string | null; ip: string } {
  return { actorId: actor.userId, onBehalfOfId: actor.actingFor?.applicantId ?? null, ip: actor.ip };
}

// The delegation scope that covers each permission a station may borrow from an applicant.
const SCOPE_OF_PERMISSION: Partial<Record<Permission, string>> = {
  "subjects.read.own": "subjects",
  "subjects.write.own": "subjects",
  "subsidy.screen": "subsidy",
  "subsidy.apply": "subsidy",
  "warehouse.book": "warehouse",
  "customs.guidance": "customs",
  "market.read": "market",
  "audit.read.own": "subjects",
};

/**
 * What the actor may do: their own role's permissions, plus — while acting for an applicant
 * under a delegation — the applicant's permissions that the delegation's scope covers.
 */
export function actorCan(actor: Actor, permission: Permission): boolean {
  if (can(actor.role, permission)) return true;
  if (!actor.actingFor || !can(actor.role, "act_on_behalf") || !can("applicant", permission)) return false;
  const scope = SCOPE_OF_PERMISSION[permission];

  return scope !== undefined && actor.actingFor.scope.includes(scope);
}
