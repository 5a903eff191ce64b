import type { ShowCard } from "../core/showCard";
import type { Terminal } from "../output/terminal";
import { formatMoney, formatRating, formatRuntime, formatVotes, plural } from "./formatValues";
import { ratingBar } from "./ratingBar";
import { sanitize } from "./sanitize";
import { wrapText } from "./wrapText";

const INDENT = "  ";
const LABEL_WIDTH = 13;

/** Label/value lines; values wrap under themselves so the label column stays clean. */
function field(label: string, values: string[], term: Terminal, paint = (s: string) => s): string[] {
  const width = term.width - INDENT.length - LABEL_WIDTH;
  return values.flatMap((value, v) =>
    wrapText(sanitize(value), width).map((line, k) => {
      const head = v === 0 && k === 0 ? term.style.bold(label.padEnd(LABEL_WIDTH)) : " ".repeat(LABEL_WIDTH);
      return `${INDENT}${head}${paint(line)}`;
    }));
}

function ratingLines(card: ShowCard, term: Terminal): string[] {
  if (!card.rating) return [];
  const { filled, empty } = ratingBar(card.rating.value, card.rating.scale);
  const votes = card.rating.votes === undefined ? "" : ` · ${formatVotes(card.rating.votes)}`;
  const paintBar = (line: string): string =>
    line.startsWith(filled + empty) ? term.style.yellow(filled) + term.style.dim(empty) + line.slice((filled + empty).length) : line;
  return field("Rating", [`${filled}${empty} ${formatRating(card.rating)}${votes}`], term, paintBar);
}

function moreLines(card: ShowCard, term: Terminal): string[] {
  const rows: Array<[number, string, string]> = [
    [card.counts.cast, plural(card.counts.cast, "cast credit"), `filmcli cast ${card.id}`],
    [card.counts.trivia, plural(card.counts.trivia, "trivia item"), `filmcli trivia --film ${card.id}`],
    [card.counts.goofs, plural(card.counts.goofs, "goof"), `filmcli goofs ${card.id}`],
    [card.counts.quotes, plural(card.counts.quotes, "quote"), `filmcli quotes ${card.id}`],
    [card.counts.reviews, plural(card.counts.reviews, "review"), `filmcli reviews ${card.id}`],
  ];
  const width = Math.max(...rows.map(([, label]) => label.length)) + 2;
  const longest = Math.max(...rows.map(([, , command]) => command.length));
  // On a narrow terminal each command goes under its count rather than past the edge.
  const stacked = INDENT.length + width + longest > term.width;
  return rows.flatMap(([count, label, command]) => {
    const action = count > 0 ? term.style.cyan(sanitize(command)) : term.style.dim("none recorded");
    if (!stacked) return [`${INDENT}${label.padEnd(width)}${action}`];
    const commandLines = count > 0 ? wrapText(sanitize(command), term.width - 2 * INDENT.length).map((l) => term.style.cyan(l)) : [action];
    return [`${INDENT}${label}`, ...commandLines.map((l) => `${INDENT}${INDENT}${l}`)];
  });
}

/** Renders a film's summary card. */
export function renderShowCard(card: ShowCard, term: Terminal): string {
  const s = term.style;
  const lines = wrapText(sanitize(`${card.title} (${card.year})`), term.width).map((l) => s.bold(l));
  if (card.logline) lines.push(...wrapText(sanitize(card.logline), term.width).map((l) => s.italic(l)));
  lines.push("");
  const some = <T>(value: T | null, format: (v: T) => string = String): string[] => (value === null ? [] : [format(value)]);
  lines.push(...ratingLines(card, term));
  lines.push(...field("Critics", some(card.rottenTomatoes, (v) => `${v}% (Rotten Tomatoes)`), term));
  lines.push(...field(card.directors.length > 1 ? "Directors" : "Director", [card.directors.join(", ")].filter(Boolean), term));
  lines.push(...field("Stars", [card.stars.join(", ")].filter(Boolean), term));
  lines.push(...field("Genre", [[...card.genres, ...some(card.creativeType)].join(", ")].filter(Boolean), term));
  lines.push(...field("Rated", some(card.mpaaRating), term));
  lines.push(...field("Released", some(card.releaseDate), term));
  lines.push(...field("Runtime", card.runtimes.map(formatRuntime), term));
  lines.push(...field("Budget", some(card.budget, formatMoney), term));
  lines.push(...field("Gross", card.grosses.map(formatMoney), term));
  lines.push(...field("DVD sales", some(card.dvdSales, formatMoney), term));
  lines.push(...field("Distributor", some(card.distributor), term));
  lines.push(...field("Story", some(card.storySource), term));
  lines.push(...field(card.taglines.length > 1 ? "Taglines" : "Tagline", card.taglines, term, s.italic));
  lines.push(...field("Filmed in", card.filmingLocations, term));
  if (card.plot) {
    lines.push("", s.bold("Plot"), ...wrapText(sanitize(card.plot), term.width - INDENT.length).map((l) => INDENT + l));
  }
  lines.push("", s.bold("More"), ...moreLines(card, term));
  return `${lines.join("\n")}\n`;
}
