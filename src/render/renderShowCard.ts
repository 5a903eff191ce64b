import { filmLabel, yearText } from "../films/filmLabel";
import { IMDB_ATTRIBUTION, type ImdbCard, type ShowCard } from "../films/showCard";
import type { Terminal } from "./terminal";
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

type Field = [label: string, values: string[], paint?: "italic"];

/** The card's labelled fields, in display order; a field without values is left out. */
function cardFields(card: ShowCard): Field[] {
  const some = <T>(value: T | null, format: (v: T) => string = String): string[] => (value === null ? [] : [format(value)]);
  const fields: Field[] = [
    ["Critics", some(card.rottenTomatoes, (v) => `${v}% (Rotten Tomatoes)`)],
    [card.directors.length > 1 ? "Directors" : "Director", [card.directors.join(", ")].filter(Boolean)],
    [card.writers.length > 1 ? "Writers" : "Writer", [card.writers.join(", ")].filter(Boolean)],
    ["Stars", [card.stars.join(", ")].filter(Boolean)],
    ["Genre", [[...card.genres, ...some(card.creativeType)].join(", ")].filter(Boolean)],
    ["Rated", some(card.mpaaRating)],
    ["Released", some(card.releaseDate)],
    ["Runtime", card.runtimes.map(formatRuntime)],
    ["Budget", some(card.budget, formatMoney)],
    ["Gross", card.grosses.map(formatMoney)],
    ["DVD sales", some(card.dvdSales, formatMoney)],
    ["Distributor", some(card.distributor)],
    ["Story", some(card.storySource)],
    [card.taglines.length > 1 ? "Taglines" : "Tagline", card.taglines, "italic"],
    ["Filmed in", card.filmingLocations],
    // A record made from several sources names them (the page's first): which facts came from where.
    ["Sources", card.sources.length > 1 ? [card.sources.join(", ")] : []],
  ];
  return fields.filter(([, values]) => values.length > 0);
}

/** "1990–1995", "1990–" for a running series, "1990". */
function years(imdb: ImdbCard): string[] {
  if (imdb.startYear === null) return [];
  const series = /series/i.test(imdb.kind);
  return [imdb.endYear !== null ? `${imdb.startYear}–${imdb.endYear}` : series ? `${imdb.startYear}–` : String(imdb.startYear)];
}

/** "Kikuchiyo / Masked Bandit" after a name, or the category for crew. */
function creditLine(p: ImdbCard["principals"][number]): string {
  const acting = ["actor", "actress", "self", "archive_footage"].includes(p.category);
  if (!acting) return `${p.name} (${p.category.replace(/_/g, " ")})`;
  return p.characters.length > 0 ? `${p.name} as ${p.characters.join(" / ")}` : p.name;
}

/**
 * IMDb's fields, each from IMDb. For a film of the bundled catalogue the page's fields are above and
 * IMDb's own rating, genres, directors and runtime are given here beside them; for a film only IMDb
 * holds, the fields above are IMDb's already, so only what they leave out is here.
 */
function imdbFields(card: ShowCard, imdb: ImdbCard): Field[] {
  const imdbOnly = card.sources.length === 1 && card.sources[0] === "IMDb";
  const some = <T>(value: T | null, format: (v: T) => string = String): string[] => (value === null ? [] : [format(value)]);
  const episode = imdb.episode;
  const fields: Field[] = [
    ["Kind", [imdb.kind]],
    ["Original", some(imdb.originalTitle)],
    ["Years", /series/i.test(imdb.kind) ? years(imdb) : []],
    ["Episode", episode ? [[`of ${episode.seriesTitle ?? episode.seriesId} (${episode.seriesId})`,
      ...(episode.season !== undefined ? [`season ${episode.season}`] : []), ...(episode.episode !== undefined ? [`episode ${episode.episode}`] : [])].join(", ")] : []],
    ...(imdbOnly ? [] : [
      ["Rating", some(imdb.rating, (r) => `${formatRating({ value: r.value, scale: 10 })} · ${formatVotes(r.votes)}`)],
      ["Genre", [imdb.genres.join(", ")].filter(Boolean)],
      [imdb.directors.length > 1 ? "Directors" : "Director", [imdb.directors.join(", ")].filter(Boolean)],
      ["Runtime", some(imdb.runtimeMinutes, (m) => `${m} min`)],
    ] as Field[]),
    [imdb.writers.length > 1 ? "Writers" : "Writer", [imdb.writers.join(", ")].filter(Boolean)],
    ["Principals", imdb.principals.map(creditLine)],
    ["Also known", imdb.akaCount > 0 ? [`${plural(imdb.akaCount, "alternative title")}`] : []],
  ];
  return fields.filter(([, values]) => values.length > 0);
}

/** The card as "field<TAB>value" lines (one per value) for grep, cut and awk. */
function renderPlainCard(card: ShowCard): string {
  const line = (label: string, value: string): string => `${label.toLowerCase().replace(/ /g, "-")}\t${sanitize(value).replace(/[\t\n]+/g, " ")}\n`;
  const rating = card.rating ? [line("Rating", `${formatRating(card.rating)}${card.rating.votes === undefined ? "" : ` (${formatVotes(card.rating.votes)})`}`)] : [];
  return [
    line("Id", card.id), line("Title", card.title), line("Year", yearText(card.year)),
    ...(card.logline ? [line("Logline", card.logline)] : []), ...rating,
    ...cardFields(card).flatMap(([label, values]) => values.map((v) => line(label, v))),
    ...(card.plot ? [line("Plot", card.plot)] : []),
    ...card.didYouKnow.map((item) => line(item.kind, item.text)),
    ...Object.entries(card.counts).map(([kind, count]) => line(kind, String(count))),
    ...(card.imdb ? [line("imdb-id", card.imdb.id), ...imdbFields(card, card.imdb).flatMap(([label, values]) => values.map((v) => line(`imdb-${label}`, v))),
      line("attribution", IMDB_ATTRIBUTION)] : []),
  ].join("");
}

/** Renders a film's summary card. */
export function renderShowCard(card: ShowCard, term: Terminal): string {
  if (term.plain) return renderPlainCard(card);
  const s = term.style;
  const lines = wrapText(sanitize(filmLabel(card)), term.width).map((l) => s.bold(l));
  if (card.logline) lines.push(...wrapText(sanitize(card.logline), term.width).map((l) => s.italic(l)));
  lines.push("", ...ratingLines(card, term));
  for (const [label, values, paint] of cardFields(card)) lines.push(...field(label, values, term, paint ? s[paint] : undefined));
  if (card.plot) {
    lines.push("", s.bold("Plot"), ...wrapText(sanitize(card.plot), term.width - INDENT.length).map((l) => INDENT + l));
  }
  if (card.didYouKnow.length > 0) {
    lines.push("", s.bold("Did you know"));
    for (const item of card.didYouKnow) {
      lines.push(`${INDENT}${s.bold(sanitize(item.kind))}`, ...wrapText(sanitize(item.text), term.width - 2 * INDENT.length).map((l) => INDENT + INDENT + l));
    }
  }
  if (card.imdb) {
    lines.push("", s.bold(`From IMDb (${sanitize(card.imdb.id)})`));
    for (const [label, values, paint] of imdbFields(card, card.imdb)) lines.push(...field(label, values, term, paint ? s[paint] : undefined));
  }
  lines.push("", s.bold("More"), ...moreLines(card, term));
  if (card.imdb) lines.push("", ...wrapText(IMDB_ATTRIBUTION, term.width).map((l) => s.dim(l)));
  return `${lines.join("\n")}\n`;
}
