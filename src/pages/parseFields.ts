import type { Money, Rating, Runtime } from "../films/film";
import { monthOfName } from "../films/months";

const pad = (n: number): string => String(n).padStart(2, "0");

/** The month of a full or three-letter English month name ("March", "mar", "Sept."); 0 for anything else. */
function monthOf(name: string): number {
  const full = monthOfName(name);
  if (full !== 0) return full;
  const short = name.replace(/\.$/, "").toLowerCase();
  if (short === "sept") return 9;
  return short.length === 3 ? monthOfName(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].find((m) => m.startsWith(short)) ?? "") : 0;
}

/** An ISO date when year, month and day make a real one (31 February is refused, never rolled over). */
function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : null;
}

/**
 * Parses a release date as pages write it: "8 March 1985", "March 8th, 1985", "8 Mar 1985",
 * "Mar. 8, 1985", "1985-03-08"; null for anything else (a date without a day is no date).
 */
export function parseHumanDate(text: string): string | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, " ");
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+\.?),? (\d{4})$/.exec(s);
  const monthFirst = /^([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(s);
  const [day, monthName, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  if (!day || !year || !monthName) return null;
  return isoDate(Number(year), monthOf(monthName), Number(day));
}

/** Parses "7.0/10 (12,168 voted)"; votes are optional. */
export function parseRating(text: string): Rating | null {
  const m = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)(?:\s*\(([\d,]+) vote[ds]?\))?$/.exec(text.trim());
  if (!m) return null;
  const rating: Rating = { value: Number(m[1]), scale: Number(m[2]) };
  if (m[3]) rating.votes = Number(m[3].replace(/,/g, ""));
  return rating;
}

const CURRENCIES: Record<string, string> = { $: "USD", "£": "GBP", "€": "EUR", "¥": "JPY" };

/** Parses "$42,400,000 (USA)" into an amount, currency and region. */
export function parseMoney(text: string): Money | null {
  const m = /^([$\u00a3\u20ac\u00a5])\s*([\d,]+(?:\.\d+)?)(?:\s*\(([^)]+)\))?$/.exec(text.trim());
  if (!m) return null;
  const money: Money = { amount: Number(m[2]!.replace(/,/g, "")), currency: CURRENCIES[m[1]!]! };
  if (m[3]) money.region = m[3].trim();
  return money;
}

/**
 * Parses "120 min | USA: 126 min (director's cut)" (also "UK: 98 min, USA: 101 min"). Segments left
 * empty by the source are skipped, and a segment without minutes keeps its region and note rather
 * than inventing a length.
 */
export function parseRuntimes(text: string): Runtime[] | null {
  const runtimes: Runtime[] = [];
  for (const segment of text.split(/\||;|,(?=\s*[^\d\s][^:|]*:)/).map((s) => s.trim())) {
    if (segment === "") continue;
    const m = /^(?:([^:()\d][^:()]*):\s*)?(?:(\d+)\s*min)?\s*(?:\(([^)]+)\))?$/.exec(segment);
    if (!m || (!m[1] && !m[2] && !m[3])) return null;
    const runtime: Runtime = { minutes: m[2] ? Number(m[2]) : null };
    if (m[1]) runtime.region = m[1].trim();
    if (m[3]) runtime.note = m[3].trim();
    runtimes.push(runtime);
  }
  return runtimes;
}

/** Parses a reviewer's closing "4.5 out of 5 stars." (or "8/10") and returns the score and the text before it. */
export function splitReviewScore(text: string): { text: string; score?: Rating } {
  const m = /\s*(\d+(?:\.\d+)?) out of (\d+(?:\.\d+)?)(?: stars?)?\.?$/.exec(text) ?? /\s*(?:Rating|Score): (\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\.?$/.exec(text);
  if (!m) return { text };
  return { text: text.slice(0, m.index), score: { value: Number(m[1]), scale: Number(m[2]) } };
}

/** Splits a comma- or pipe-separated list of names, dropping empty entries. */
export function splitList(text: string, separator: RegExp = /\s*[,|]\s*/): string[] {
  return text.split(separator).map((s) => s.trim()).filter((s) => s !== "");
}
