// Calendar arithmetic on ISO dates (YYYY-MM-DD) without Date objects or time zones:
// an assessment date is a civil date in China, and a UTC/local mix-up would shift
// "registered ≥ 1 year" by a day.

export type TIsoDate = string;

type TCivilDate = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const countDaysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

export const parseIsoDate = (iso: TIsoDate): TCivilDate => {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > countDaysInMonth(year, month)) {
    throw new RangeError(`no such calendar day: ${iso}`);
  }

  return { year, month, day };
};

export const isValidIsoDate = (iso: string): boolean => {
  try {
    parseIsoDate(iso);

    return true;
  } catch {
    return false;
  }
};

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

export const formatIsoDate = ({ year, month, day }: TCivilDate): TIsoDate =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

// Zero-padded ISO dates sort lexically in calendar order.
export const compareIsoDates = (a: TIsoDate, b: TIsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The calendar anniversary `months` after `iso`. When that month has no such day
 * (29 Feb in a common year, the 31st of a 30-day month) the anniversary is the 1st of
 * the following month: a short month never shortens a qualifying period, so
 * 2024-02-29 + 1 year = 2025-03-01. Catala stops on exactly this ambiguity
 * ("rounding mode was not specified", eligibility-anchors §2); we decide it here once.
 */
export const addCalendarMonths = (iso: TIsoDate, months: number): TIsoDate => {
  const start = parseIsoDate(iso);
  const monthIndex = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  if (start.day <= countDaysInMonth(year, month)) return formatIsoDate({ year, month, day: start.day });
  const next = monthIndex + 1;

  return formatIsoDate({ year: Math.floor(next / 12), month: (next % 12) + 1, day: 1 });
};

/** Whole calendar months completed from `from` to `to` (0 when `to` is not after `from`). */
export const countWholeMonths = (from: TIsoDate, to: TIsoDate): number => {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  let months = Math.max(0, (b.year - a.year) * 12 + (b.month - a.month));
  while (months > 0 && compareIsoDates(addCalendarMonths(from, months), to) > 0) months -= 1;

  return months;
};

const toDayNumber = (iso: TIsoDate): number => {
  const { year, month, day } = parseIsoDate(iso);

  return Date.UTC(year, month - 1, day) / 86_400_000;
};

/** Signed number of days from `from` to `to`. */
export const countDaysBetween = (from: TIsoDate, to: TIsoDate): number => toDayNumber(to) - toDayNumber(from);

export const addDays = (iso: TIsoDate, days: number): TIsoDate => {
  const date = new Date((toDayNumber(iso) + days) * 86_400_000);

  return formatIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
};
