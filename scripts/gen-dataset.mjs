// Writes a deterministic synthetic dataset of N films for benchmarks: realistic field sizes (a dozen
// cast credits, several trivia, goofs and quotes per film), one film per line like data/films.json.
// A few anchor films (Mask, The Dark Knight, ...) sit at fixed places so every benchmark query has
// an answer at every size.   Usage: node scripts/gen-dataset.mjs <count> <out-file>
import { createWriteStream, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [count, out] = [Number(process.argv[2]), process.argv[3]];
if (!Number.isInteger(count) || count < 10 || !out) {
  process.stderr.write("usage: node scripts/gen-dataset.mjs <count >= 10> <out-file>\n");
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundled = JSON.parse(readFileSync(join(root, "data/films.json"), "utf8")).films;
const anchors = bundled.filter((f) => ["mask-1985", "the-dark-knight-2008", "the-mask-1994", "king-kong-2005", "pulp-fiction-1994"].includes(f.id));

// mulberry32: a small seeded generator, so every run writes the same file.
let seed = 0x5eed;
const random = () => {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const WORDS = "night day city river shadow king queen garden winter summer silent broken last first lost secret golden iron glass paper storm fire water stone dream house road star moon sun heart blood ghost wolf bird dance song letter mirror island forest".split(" ");
const FIRST = "Anna Ben Carla David Elena Frank Grace Henry Ines Jack Kate Leo Maria Nina Oscar Paula Quinn Rosa Sam Tara Umar Vera Will Xena Yuri Zoe".split(" ");
const LAST = "Adams Brown Clark Diaz Evans Fischer Garcia Hill Ito Jones Khan Lopez Moreau Novak Olsen Park Quist Rossi Silva Tanaka Usman Vargas Weber Young Zhou".split(" ");
const GENRES = ["Drama", "Comedy", "Action", "Horror", "Thriller/Suspense", "Adventure", "Documentary", "Musical"];
const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
const person = () => `${pick(FIRST)} ${pick(LAST)}`;
const title = () => { const t = sentence(1 + Math.floor(random() * 4)); return t[0].toUpperCase() + t.slice(1); };

function film(i) {
  const year = 1920 + Math.floor(random() * 90);
  const votes = Math.floor(random() * 500000);
  return {
    id: `film-${i}-${year}`, title: title(), year, releaseDate: `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
    logline: sentence(20), plot: sentence(60), rating: { value: Math.round(random() * 90 + 10) / 10, scale: 10, votes },
    directors: [person()], stars: [person(), person(), person()],
    cast: Array.from({ length: 12 }, () => ({ actor: person(), character: person() })),
    genres: [pick(GENRES)], taglines: [sentence(8)], filmingLocations: [`${pick(WORDS)} city, USA`],
    grosses: [{ amount: Math.floor(random() * 5e8), currency: "USD", region: "USA" }], budget: { amount: Math.floor(random() * 2e8), currency: "USD" },
    runtimes: [{ minutes: 80 + Math.floor(random() * 80) }],
    trivia: Array.from({ length: 4 }, () => sentence(35)),
    goofs: Array.from({ length: 2 }, () => ({ category: "Continuity", text: sentence(25) })),
    quotes: Array.from({ length: 3 }, () => ({ speaker: person(), text: sentence(18) })),
    reviews: [{ title: sentence(5), text: sentence(80), score: { value: Math.ceil(random() * 10) / 2, scale: 5 } }],
    sources: ["synthetic"],
  };
}

const stream = createWriteStream(out);
const write = (text) => (stream.write(text) ? Promise.resolve() : new Promise((r) => stream.once("drain", r)));
const anchorAt = new Map(anchors.map((f, k) => [Math.floor(((k + 1) * count) / (anchors.length + 1)), f]));
await write('{\n  "schemaVersion": 1,\n  "films": [\n');
for (let i = 0; i < count; i++) {
  await write(`    ${JSON.stringify(anchorAt.get(i) ?? film(i))}${i + 1 < count ? "," : ""}\n`);
}
await write("  ]\n}\n");
stream.end();
