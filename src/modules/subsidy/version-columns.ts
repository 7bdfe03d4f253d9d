import type { TProgrammeVersion } from "./schemas";

/**
 * A version's rules as the ProgrammeVersion row stores them (JSON text columns). Pure, so the
 * seed and the service write versions the same way.
 */
export function toVersionData(version: TProgrammeVersion) {
  return {
    effectiveFrom: version.effectiveFrom,
    effectiveTo: version.effectiveTo,
    legalRef: JSON.stringify(version.legalRef),
    criteria: JSON.stringify(version.criteria),
    benefit: JSON.stringify(version.benefit),
    texts: JSON.stringify(version.texts),
    cases: JSON.stringify(version.cases),
  };
}
