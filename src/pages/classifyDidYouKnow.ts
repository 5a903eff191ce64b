import type { Film } from "../films/film";

// IMDb's goof categories; a "Did You Know?" paragraph opening with one of them is a goof.
const GOOF_CATEGORIES = new Set([
  "Anachronisms", "Audio/visual unsynchronized", "Boom mic visible", "Character error", "Continuity",
  "Crew or equipment visible", "Errors in geography", "Factual errors", "Incorrectly regarded as goofs",
  "Miscellaneous", "Plot holes", "Revealing mistakes",
]);
// A quote opens with a speaker's name (one to four capitalised words), a colon, and an optional
// [stage direction].
const QUOTE = /^([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}): (?:\[([^\]]+)\] ?)?(.+)$/s;

/** Files one "Did You Know?" paragraph as a goof, a quote or (otherwise) trivia on the film. */
export function classifyDidYouKnow(block: string, film: Film): void {
  const colon = block.indexOf(": ");
  const category = colon > 0 ? block.slice(0, colon) : "";
  if (GOOF_CATEGORIES.has(category)) {
    film.goofs.push({ category, text: block.slice(colon + 2).trim() });
    return;
  }
  const quote = QUOTE.exec(block);
  if (quote) {
    const [, speaker, direction, text] = quote;
    film.quotes.push(direction ? { speaker: speaker!, direction, text: text!.trim() } : { speaker: speaker!, text: text!.trim() });
    return;
  }
  film.trivia.push(block);
}
