/** The months in English, January first: the names release dates are written with in the sources. */
export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** The month (1 to 12) a full month name gives, in any case ("march", "March"); 0 for anything else. */
export function monthOfName(name: string): number {
  const lower = name.toLowerCase();
  return MONTH_NAMES.findIndex((m) => m.toLowerCase() === lower) + 1;
}

/** The month (1 to 12) of a three-letter abbreviation as written in English ("Jun"); 0 for anything else. */
export function monthOfAbbreviation(abbreviation: string): number {
  return MONTH_NAMES.findIndex((m) => m.slice(0, 3) === abbreviation) + 1;
}
