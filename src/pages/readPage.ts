import type { Film } from "../films/film";
import { slugify } from "../films/foldText";
import { identifyPage, type CandidateSource, type Identification } from "./identifyPage";
import { parsePage, type ParsedPage } from "./parsePage";

/** A page read and identified: its film (titled, with the id `<title-slug>-<year>`) when something identifies it. */
export interface PageReading {
  parsed: ParsedPage;
  identification: Identification;
  film: Film | null;
}

/** Parses a page and identifies its film against a catalogue (identifyPage); `given` is a title the user names. */
export function readPage(text: string, sourceName: string, source: CandidateSource, given?: string): PageReading {
  const parsed = parsePage(text, sourceName);
  const identification = identifyPage(parsed, source, given);
  if (!identification.found) return { parsed, identification, film: null };
  const { title, year } = identification;
  return { parsed, identification, film: { ...parsed.film, id: `${slugify(title) || "film"}-${year}`, title, year } };
}
