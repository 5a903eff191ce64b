// Writes the bundled films as a --plant file for scripts/gen-imdb.mjs: title, year, votes, rating and
// directors of every film, in dataset order (planted film k becomes tt9000000 + k). The foreign films of
// tests/search-quality/english-titles.json are planted under their English title, with the catalogue's
// title as the original, so that a search must find them by either.
//
//   node scripts/plant-bundled.mjs <out.json>
import { readFileSync, writeFileSync } from "node:fs";

const out = process.argv[2];
if (!out) {
  process.stderr.write("usage: node scripts/plant-bundled.mjs <out.json>\n");
  process.exit(2);
}
const root = new URL("..", import.meta.url).pathname;
const { films } = JSON.parse(readFileSync(`${root}data/films.json`, "utf8"));
const english = JSON.parse(readFileSync(`${root}tests/search-quality/english-titles.json`, "utf8"));
const plants = films.map((f) => ({
  title: english[f.id] ?? f.title,
  originalTitle: f.title,
  year: f.year ?? null,
  votes: f.rating?.votes ?? null,
  rating: f.rating && f.rating.scale === 10 ? f.rating.value : null,
  directors: f.directors ?? [],
}));
writeFileSync(out, JSON.stringify(plants));
process.stdout.write(`${plants.length} films planted (${Object.keys(english).length} under an English title) in ${out}\n`);
