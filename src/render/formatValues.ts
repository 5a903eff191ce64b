import type { Money, Rating, Runtime } from "../films/film";

const SYMBOLS: Record<string, string> = { USD: "$", GBP: "£", EUR: "€", JPY: "¥" };

/** "12,168": digits grouped by thousands. (toLocaleString would load ICU data: milliseconds per run.) */
export function groupDigits(n: number): string {
  const [whole, fraction] = String(n).split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** "$42,400,000 (USA)". */
export function formatMoney(money: Money): string {
  const symbol = SYMBOLS[money.currency];
  const amount = groupDigits(money.amount);
  const text = symbol ? `${symbol}${amount}` : `${amount} ${money.currency}`;
  return money.region ? `${text} (${money.region})` : text;
}

/** "$268.5M", "$1.02B", "$44.7K": an amount short enough for a table column. */
export function formatMoneyShort(money: Money): string {
  const symbol = SYMBOLS[money.currency] ?? `${money.currency} `;
  const [divisor, unit] = money.amount >= 1e9 ? [1e9, "B"] : money.amount >= 1e6 ? [1e6, "M"] : money.amount >= 1e3 ? [1e3, "K"] : [1, ""];
  const value = money.amount / divisor;
  const digits = unit === "" ? 0 : value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${symbol}${value.toFixed(digits)}${unit}`;
}

/** "7.0/10"; whole-number scales keep one decimal so ratings line up. */
export function formatRating(rating: Rating): string {
  return `${rating.value.toFixed(1)}/${rating.scale}`;
}

/** "12,168 votes". */
export function formatVotes(votes: number): string {
  return `${groupDigits(votes)} ${votes === 1 ? "vote" : "votes"}`;
}

/** "126 min (USA, director's cut)"; a length the source does not give is said to be unknown. */
export function formatRuntime(runtime: Runtime): string {
  const length = runtime.minutes === null ? "length not given" : `${runtime.minutes} min`;
  const context = [runtime.region, runtime.note].filter(Boolean).join(", ");
  return context ? `${length} (${context})` : length;
}

/** "1 trivia item", "15 cast credits": a count with its noun in the right number. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
