import { monthOfAbbreviation } from "../../films/months";

// The source was compiled around 2010 and lists releases up to 2011. A later year is a two-digit
// year expanded into the wrong century (its titles confirm it: "King Kong (1933)" dated 2033).
export const LATEST_PLAUSIBLE_YEAR = 2012;

/** A parsed release date, and whether its century had to be corrected. */
export interface VegaDate {
  iso: string;
  year: number;
  centuryFixed: boolean;
}

/** Parses "Jun 12 1998" into an ISO date, moving impossible future years back a century. */
export function parseVegaDate(text: unknown): VegaDate | null {
  if (typeof text !== "string") return null;
  const m = /^([A-Z][a-z]{2}) (\d{2}) (\d{4})$/.exec(text.trim());
  const month = m ? monthOfAbbreviation(m[1]!) : 0;
  if (!m || month === 0) return null;
  let year = Number(m[3]);
  const centuryFixed = year > LATEST_PLAUSIBLE_YEAR;
  if (centuryFixed) year -= 100;
  const iso = `${year}-${String(month).padStart(2, "0")}-${m[2]}`;
  if (!new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso)) return null;
  return { iso, year, centuryFixed };
}
