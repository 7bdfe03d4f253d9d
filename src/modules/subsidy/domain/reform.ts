import type { TCriterion, TProgrammeVersion } from "../schemas";
import type { TIsoDate } from "./dates";

// A reform is plain data derived from a version (PolicyEngine's JSON reforms): change
// a threshold by criterion id, get a draft to simulate and, once its cases pass, publish.

const replaceInTree = (node: TCriterion, criterionId: string, value: number | string): TCriterion => {
  if (node.op === "all" || node.op === "any") return { ...node, of: node.of.map((child) => replaceInTree(child, criterionId, value)) };
  if (node.op === "not") return { ...node, of: replaceInTree(node.of, criterionId, value) };

  return node.op === "compare" && node.id === criterionId ? { ...node, value } : node;
};

const hasCompareCriterion = (node: TCriterion, criterionId: string): boolean => {
  if (node.op === "all" || node.op === "any") return node.of.some((child) => hasCompareCriterion(child, criterionId));
  if (node.op === "not") return hasCompareCriterion(node.of, criterionId);

  return node.op === "compare" && node.id === criterionId;
};

/** A draft next version with one comparison's threshold replaced; throws if the id names no comparison. */
export const draftThresholdChange = (
  version: TProgrammeVersion,
  criterionId: string,
  value: number | string,
  effectiveFrom: TIsoDate,
): TProgrammeVersion => {
  if (!hasCompareCriterion(version.criteria, criterionId)) {
    throw new RangeError(`${version.programmeId} v${version.version} has no comparison with id ${criterionId}`);
  }

  return {
    ...version,
    version: version.version + 1,
    status: "draft",
    effectiveFrom,
    effectiveTo: null,
    criteria: replaceInTree(version.criteria, criterionId, value),
  };
};
