import type { Money, Rating, Runtime } from "../films/film";
import { monthOfName } from "../films/months";

const pad = (n: number): string => String(n).padStart(2, "0");

/** Parses "8 March 1985" or "March 8th, 1985" into an ISO date, or null when it is neither. */
export function parseHumanDate(text: string): string | null {
  const s = text.trim().toLowerCase();
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+),? (\d{4})$/.exec(s);
  const monthFirst = /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(s);
  const [day, monthName, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  const month = monthOfName(monthName ?? "");
  if (!day || !year || month === 0) return null;
  const iso = `${year}-${pad(month)}-${pad(Number(day))}`;
  // Reject dates such as 31 February that Date would silently roll over.
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : null;
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
  const m = /^([$£€¥])\s*([\d,]+(?:\.\d+)?)(?:\s*\(([^)]+)\))?$/.exec(text.trim());
  if (!m) return null;
  const money: Money = { amount: Number(m[2]!.replace(/,/g, "")), currency: CURRENCIES[m[1]!]! };
  if (m[3]) money.region = m[3].trim();
  return money;
}

/**
 * Parses "120 min | USA: 126 min (director's cut)". Segments left empty by the source are skipped,
 * and a segment without minutes keeps its region and note rather than inventing a length.
 */
export function parseRuntimes(text: string): Runtime[] | null {
  const runtimes: Runtime[] = [];
  for (const segment of text.split("|").map((s) => s.trim())) {
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

/** Parses a reviewer's closing "4.5 out of 5 stars." and returns the score and the text before it. */
export function splitReviewScore(text: string): { text: string; score?: Rating } {
  const m = /\s*(\d+(?:\.\d+)?) out of (\d+(?:\.\d+)?)(?: stars?)?\.?$/.exec(text);
  if (!m) return { text };
  return { text: text.slice(0, m.index), score: { value: Number(m[1]), scale: Number(m[2]) } };
}

/** Splits a comma- or pipe-separated list of names, dropping empty entries. */
export function splitList(text: string, separator: RegExp = /\s*,\s*/): string[] {
  return text.split(separator).map((s) => s.trim()).filter((s) => s !== "");
}
