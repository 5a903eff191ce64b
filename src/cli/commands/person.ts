import { UnionCatalog } from "../../catalog/library/unionCatalog";
import type { LibraryPerson } from "../../catalog/library/libraryRecord";
import type { FilmRef } from "../../films/film";
import { filmLabel } from "../../films/filmLabel";
import { IMDB_ATTRIBUTION } from "../../films/showCard";
import type { FilmIndex } from "../../search/filmIndex";
import { compareText } from "../../search/compareText";
import { personCredits, resolvePerson, type PersonCredits } from "../../search/personCredits";
import type { Terminal } from "../../render/terminal";
import { renderTable } from "../../render/renderTable";
import { defineCommand, found } from "../command";

/** One credit: directing, writing, acting (with the character), or another job IMDb records ("producer", "composer", …). */
export interface PersonCredit {
  film: FilmRef;
  /** "director", "cast", "writer", or IMDb's principal category. */
  role: string;
  /** The characters played, joined by " / "; null for crew. */
  character: string | null;
  creditedAs: string | null;
}

/** A person and their credits, newest first; `imdb` when the IMDb library knows them. */
export interface PersonResult {
  name: string;
  credits: PersonCredit[];
  /** IMDb's facts: nconst, birth and death years, professions, known-for titles (absent without a library). */
  imdb?: Omit<LibraryPerson, "name">;
}

function renderCredits(person: PersonResult, term: Terminal): string {
  const table = renderTable({
    headers: ["Year", "Film", "Role", "Character"],
    rows: person.credits.map((c) => [
      String(c.film.year), c.film.title, c.role,
      c.character === null ? "" : c.creditedAs ? `${c.character} (as ${c.creditedAs})` : c.character,
    ]),
  }, term);
  const imdb = person.imdb;
  if (!imdb || term.plain) return table;
  const life = imdb.birthYear === undefined ? "" : imdb.deathYear === undefined ? `born ${imdb.birthYear}` : `${imdb.birthYear}–${imdb.deathYear}`;
  const head = [
    `${person.name} (${imdb.id})${life === "" ? "" : `, ${life}`}`,
    ...(imdb.professions.length > 0 ? [`  ${imdb.professions.map((p) => p.replace(/_/g, " ")).join(", ")}`] : []),
    ...(imdb.knownFor.length > 0 ? [`  known for: ${imdb.knownFor.map((f) => ("title" in f ? filmLabel(f) : f.id)).join(", ")}`] : []),
  ];
  return `${head.join("\n")}\n\n${table}\n${IMDB_ATTRIBUTION}\n`;
}

/** A person's credits over both catalogues: the bundled films by name, the library's by person number. */
function creditsOver(catalog: UnionCatalog, person: number, name: string): PersonCredit[] {
  const libraryPerson = catalog.libraryPerson(person);
  const films = Array.from(catalog.personFilms(person));
  const credits: Array<PersonCredit & { key: string }> = [];
  const seen = new Set<string>();
  const add = (credit: PersonCredit): void => {
    const key = `${credit.film.id}\u0000${credit.role}`;
    if (!seen.has(key)) { seen.add(key); credits.push({ ...credit, key }); }
  };
  // The page's credits first: they carry on-screen credit notes.
  const bundled = films.filter((i) => !catalog.isLibrary(i));
  for (const c of personCredits(bundled.map((i) => catalog.film(i)), name).credits) add(c);
  if (libraryPerson !== undefined) {
    for (const i of films) {
      const l = catalog.isLibrary(i) ? i - catalog.bundled.size : catalog.twinOfBundled(i);
      if (l === undefined) continue;
      const film = catalog.ref(i);
      for (const r of catalog.library.rolesIn(libraryPerson, l)) {
        add({ film, role: r.role, character: r.role === "cast" ? r.characters.join(" / ") : null, creditedAs: null });
      }
    }
  }
  return credits
    .sort((a, b) => b.film.year - a.film.year || compareText(filmLabel(a.film), filmLabel(b.film)) || compareText(a.role, b.role))
    .map(({ key: _key, ...credit }) => credit);
}

function personOf(catalog: FilmIndex, words: string[]): PersonResult {
  const { person, name } = resolvePerson(catalog, words.join(" "));
  if (!(catalog instanceof UnionCatalog)) {
    // Only the person's own films are read: the index lists them.
    const films = Array.from(catalog.personFilms(person), (i) => catalog.film(i));
    return personCredits(films, name) satisfies PersonCredits;
  }
  const libraryPerson = catalog.libraryPerson(person);
  const result: PersonResult = { name, credits: creditsOver(catalog, person, name) };
  if (libraryPerson !== undefined) {
    const { name: _name, ...imdb } = catalog.library.personRecord(libraryPerson);
    result.imdb = imdb;
  }
  return result;
}

/** `filmcli person <name...>`: a person's credits across the catalogue, newest first. */
export const personCommand = defineCommand({
  name: "person",
  summary: "list a person's credits by role, newest first (with the IMDb library: birth, death, professions, known-for)",
  args: "<name...>",
  argsDescription: "the person's name; case, accents and typos are forgiven",
  options: [],
  examples: ["filmcli person eric stoltz", "filmcli person spielberg", "filmcli person peter jackson --json | jq '.credits[].film.title'"],
  run(words, _options, ctx) {
    return found(personOf(ctx.catalog(), words), renderCredits);
  },
});
