import type { Film, Quote } from "../films/film";

// IMDb's goof categories; a "Did You Know?" paragraph opening with one of them is a goof.
const GOOF_CATEGORIES = new Set([
  "Anachronisms", "Audio/visual unsynchronized", "Boom mic visible", "Character error", "Continuity",
  "Crew or equipment visible", "Errors in geography", "Errors made by characters", "Factual errors",
  "Incorrectly regarded as goofs", "Miscellaneous", "Plot holes", "Revealing mistakes", "Spoilers",
]);

/** The kinds of "Did You Know?" items a page may hold, by the heading or label that names them. */
export type DidYouKnowKind = "trivia" | "goofs" | "quotes" | "Crazy Credits" | "Connections" | "Soundtracks" | "Alternate Versions";

const KIND_NAMES: Record<string, DidYouKnowKind> = {
  trivia: "trivia", goofs: "goofs", goof: "goofs", quotes: "quotes", quote: "quotes",
  "crazy credits": "Crazy Credits", connections: "Connections", soundtracks: "Soundtracks", soundtrack: "Soundtracks",
  "alternate versions": "Alternate Versions",
};

/** The kind a heading names ("Crazy Credits", "Goofs"), or undefined. */
export function didYouKnowKind(heading: string): DidYouKnowKind | undefined {
  return KIND_NAMES[heading.trim().replace(/:$/, "").toLowerCase()];
}

// A quote line opens with a speaker's name (one to four capitalised words), a colon, and an optional
// [stage direction].
const QUOTE_LINE = /^([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}): (?:\[([^\]]+)\] ?)?(.+)$/s;
const DIRECTION_LINE = /^\[([^\]]+)\]$/;

/**
 * The quotes of a block whose every line is "Speaker: line" (a bare "[direction]" line is the stage
 * direction of the next line); null when some line is not.
 */
function quotesOf(block: string): Quote[] | null {
  const quotes: Quote[] = [];
  let pending: string | undefined;
  const lines = block.split("\n");
  // A one-paragraph quote may span lines: only a block of several speaker lines is read line by line.
  const units = lines.length > 1 && lines.every((l) => QUOTE_LINE.test(l) || DIRECTION_LINE.test(l)) ? lines : [block];
  for (const unit of units) {
    const direction = DIRECTION_LINE.exec(unit);
    if (direction && units.length > 1) {
      if (pending !== undefined) return null;
      pending = direction[1];
      continue;
    }
    const m = QUOTE_LINE.exec(unit);
    if (!m) return null;
    const [, speaker, own, text] = m;
    const stage = own ?? pending;
    if (own !== undefined && pending !== undefined) return null;
    pending = undefined;
    quotes.push(stage ? { speaker: speaker!, direction: stage, text: text!.trim() } : { speaker: speaker!, text: text!.trim() });
  }
  return pending === undefined ? quotes : null;
}

/**
 * Files one "Did You Know?" paragraph on the film: as a goof (a known category, or any "Category: text"
 * under a Goofs heading), quotes, trivia, or an item of another kind (Crazy Credits, Connections,
 * Soundtracks, Alternate Versions), kept under its kind. `kind` is the heading the paragraph is under.
 * Returns false when the paragraph is not what its heading promises (the caller reports it).
 */
export function classifyDidYouKnow(block: string, film: Film, kind: DidYouKnowKind = "trivia"): boolean {
  // A heading may open its paragraph on a line of its own ("Goofs\nContinuity: ...").
  const newline = block.indexOf("\n");
  const heading = newline > 0 ? didYouKnowKind(block.slice(0, newline)) : undefined;
  if (heading !== undefined) return classifyDidYouKnow(block.slice(newline + 1).trim(), film, heading);
  const colon = block.indexOf(": ");
  const label = colon > 0 ? block.slice(0, colon) : "";
  const labelled = label === "" ? undefined : didYouKnowKind(label);
  if (labelled !== undefined) return classifyDidYouKnow(block.slice(colon + 2).trim(), film, labelled);
  if (GOOF_CATEGORIES.has(label) || (kind === "goofs" && /^[A-Z][\w/ -]{0,40}$/.test(label))) {
    film.goofs.push({ category: label, text: block.slice(colon + 2).trim() });
    return true;
  }
  if (kind === "goofs") return false;
  const quotes = quotesOf(block);
  if (quotes && (kind === "quotes" || kind === "trivia")) {
    film.quotes.push(...quotes);
    return true;
  }
  if (kind === "quotes") return false;
  if (kind === "trivia") film.trivia.push(block);
  else (film.didYouKnow ??= []).push({ kind, text: block });
  return true;
}
