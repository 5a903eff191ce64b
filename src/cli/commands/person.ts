import { personCredits, resolvePerson, type PersonCredits } from "../../search/personCredits";
import type { Terminal } from "../../render/terminal";
import { renderTable } from "../../render/renderTable";
import { defineCommand, found } from "../command";

function renderCredits(person: PersonCredits, term: Terminal): string {
  return renderTable({
    headers: ["Year", "Film", "Role", "Character"],
    rows: person.credits.map((c) => [
      String(c.film.year), c.film.title, c.role,
      c.character === null ? "" : c.creditedAs ? `${c.character} (as ${c.creditedAs})` : c.character,
    ]),
  }, term);
}

/** `filmcli person <name...>`: a person's credits across the catalogue, newest first. */
export const personCommand = defineCommand({
  name: "person",
  summary: "list a person's credits as director and cast, newest first",
  args: "<name...>",
  argsDescription: "the person's name; case, accents and typos are forgiven",
  options: [],
  examples: ["filmcli person eric stoltz", "filmcli person spielberg", "filmcli person peter jackson --json | jq '.credits[].film.title'"],
  run(words, _options, ctx) {
    const catalog = ctx.catalog();
    const { person, name } = resolvePerson(catalog, words.join(" "));
    // Only the person's own films are read: the index lists them.
    const films = Array.from(catalog.personFilms(person), (i) => catalog.film(i));
    return found(personCredits(films, name), renderCredits);
  },
});
