// Reference numbers read GZ-<year>-<six digits> (issue 4): short enough to read out over
// the phone at a service station, unique per year through one counter row.
export function formatReference(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) throw new RangeError("reference sequence out of range");

  return `GZ-${year}-${String(sequence).padStart(6, "0")}`;
}

export const REFERENCE_PATTERN = /^GZ-\d{4}-\d{6}$/;
