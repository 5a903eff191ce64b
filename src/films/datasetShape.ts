import type { Shape } from "./shape";

const str: Shape = { kind: "string" };
const text: Shape = { kind: "string", pattern: /\S/, describe: "a non-empty string" };
const strings: Shape = { kind: "array", items: text };
const req = (shape: Shape) => ({ shape });
const opt = (shape: Shape) => ({ shape, optional: true });
const obj = (fields: Record<string, { shape: Shape; optional?: boolean }>): Shape => ({ kind: "object", fields });
const list = (items: Shape): Shape => ({ kind: "array", items });

// Every range a value may take lives here, once: the validator, the schema file and the commands'
// options (`--year`) follow from these.

/** Film years: from the first films to as far as `--year` goes. */
export const YEARS = { min: 1870, max: 3000 } as const;
/** The scales a rating may be given on (stars out of 4 or 5, marks out of 10, 20 or 100). */
export const RATING_SCALES = [4, 5, 10, 20, 100] as const;
/** Running times in minutes: at least one, at most about ten weeks (the longest films run days). */
export const MINUTES = { min: 1, max: 100_000 } as const;
/** Rotten Tomatoes scores are percentages. */
export const PERCENT = { min: 0, max: 100 } as const;

/** Amounts of money and counts of votes: whole enough to be exact in JSON and JavaScript. */
const amount: Shape = { kind: "number", min: 0, max: Number.MAX_SAFE_INTEGER };
const count: Shape = { kind: "number", integer: true, min: 0, max: Number.MAX_SAFE_INTEGER };

const money = obj({ amount: req(amount), currency: req({ kind: "string", pattern: /^[A-Z]{3}$/, describe: "an ISO 4217 currency code" }), region: opt(text) });
const rating: Shape = {
  kind: "object",
  fields: {
    value: req({ kind: "number", min: 0, max: Math.max(...RATING_SCALES) }),
    scale: req({ kind: "number", integer: true, oneOf: RATING_SCALES }),
    votes: opt(count),
  },
  atMost: { field: "value", limit: "scale" },
};

/** The shape of one film record; mirrors the `Film` type in film.ts. */
export const FILM_SHAPE: Shape = obj({
  id: req({ kind: "string", pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, describe: "a lowercase id such as \"mask-1985\"" }),
  title: req(text),
  year: req({ kind: "number", integer: true, ...YEARS }),
  releaseDate: opt({ kind: "string", pattern: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, describe: "an ISO date (YYYY-MM-DD)" }),
  logline: opt(text),
  plot: opt(text),
  rating: opt(rating),
  directors: req(strings),
  writers: opt(strings),
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
  rottenTomatoes: opt({ kind: "number", integer: true, ...PERCENT }),
  runtimes: req(list(obj({ minutes: req({ kind: "anyOf", options: [{ kind: "number", integer: true, ...MINUTES }, { kind: "null" }] }), region: opt(text), note: opt(text) }))),
  trivia: req(strings),
  goofs: req(list(obj({ category: req(text), text: req(text) }))),
  quotes: req(list(obj({ speaker: req(text), direction: opt(text), text: req(text) }))),
  reviews: req(list(obj({ title: req(text), text: req(text), score: opt(rating) }))),
  didYouKnow: opt(list(obj({ kind: req(text), text: req(text) }))),
  sources: req(strings),
});

/** The shape of a whole dataset file. */
export const DATASET_SHAPE: Shape = obj({
  schemaVersion: req({ kind: "literal", value: 1 }),
  films: req(list(FILM_SHAPE)),
});
