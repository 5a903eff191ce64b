import type { Shape } from "./shape";

const str: Shape = { kind: "string" };
const text: Shape = { kind: "string", pattern: /\S/, describe: "a non-empty string" };
const strings: Shape = { kind: "array", items: text };
const req = (shape: Shape) => ({ shape });
const opt = (shape: Shape) => ({ shape, optional: true });
const obj = (fields: Record<string, { shape: Shape; optional?: boolean }>): Shape => ({ kind: "object", fields });
const list = (items: Shape): Shape => ({ kind: "array", items });
const positive: Shape = { kind: "number", min: 0 };

const money = obj({ amount: req(positive), currency: req({ kind: "string", pattern: /^[A-Z]{3}$/, describe: "an ISO 4217 currency code" }), region: opt(text) });
const rating = obj({ value: req(positive), scale: req({ kind: "number", min: 1 }), votes: opt({ kind: "number", integer: true, min: 0 }) });

/** The shape of one film record; mirrors the `Film` type in film.ts. */
export const FILM_SHAPE: Shape = obj({
  id: req({ kind: "string", pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, describe: "a lowercase id such as \"mask-1985\"" }),
  title: req(text),
  year: req({ kind: "number", integer: true, min: 1870 }),
  releaseDate: opt({ kind: "string", pattern: /^\d{4}-\d{2}-\d{2}$/, describe: "an ISO date (YYYY-MM-DD)" }),
  logline: opt(text),
  plot: opt(text),
  rating: opt(rating),
  directors: req(strings),
  stars: req(strings),
  cast: req(list(obj({ actor: req(text), character: req(str), creditedAs: opt(text) }))),
  taglines: req(strings),
  filmingLocations: req(strings),
  grosses: req(list(money)),
  budget: opt(money),
  dvdSales: opt(money),
  mpaaRating: opt(text),
  distributor: opt(text),
  storySource: opt(text),
  genres: req(strings),
  creativeType: opt(text),
  rottenTomatoes: opt({ kind: "number", integer: true, min: 0 }),
  runtimes: req(list(obj({ minutes: req({ kind: "anyOf", options: [{ kind: "number", integer: true, min: 1 }, { kind: "null" }] }), region: opt(text), note: opt(text) }))),
  trivia: req(strings),
  goofs: req(list(obj({ category: req(text), text: req(text) }))),
  quotes: req(list(obj({ speaker: req(text), direction: opt(text), text: req(text) }))),
  reviews: req(list(obj({ title: req(text), text: req(text), score: opt(rating) }))),
  sources: req(strings),
});

/** The shape of a whole dataset file. */
export const DATASET_SHAPE: Shape = obj({
  schemaVersion: req({ kind: "literal", value: 1 }),
  films: req(list(FILM_SHAPE)),
});
