import { filmRef, type Film, type FilmRef, type Rating } from "./film";

/** One cast credit with its film; `creditedAs` is null when the credit carries no note. */
export interface CastRow {
  film: FilmRef;
  actor: string;
  character: string;
  creditedAs: string | null;
}

/** One quote with its film; `direction` is a stage direction such as "Poem", or null. */
export interface QuoteRow {
  film: FilmRef;
  speaker: string;
  direction: string | null;
  text: string;
}

/** One goof with its film and category. */
export interface GoofRow {
  film: FilmRef;
  category: string;
  text: string;
}

/** One review with its film; `score` is the reviewer's own, on the reviewer's scale, or null. */
export interface ReviewRow {
  film: FilmRef;
  title: string;
  text: string;
  score: Rating | null;
}

/** One trivia item with its film; `score` and `matched` are present when a query ranked it. */
export interface TriviaRow {
  film: FilmRef;
  text: string;
  score?: number;
  matched?: string[];
}

/** Every cast credit of the films, in billing order. */
export function castRows(films: readonly Film[]): CastRow[] {
  return films.flatMap((film) => film.cast.map((c) => ({
    film: filmRef(film), actor: c.actor, character: c.character, creditedAs: c.creditedAs ?? null,
  })));
}

/** Every quote of the films. */
export function quoteRows(films: readonly Film[]): QuoteRow[] {
  return films.flatMap((film) => film.quotes.map((q) => ({
    film: filmRef(film), speaker: q.speaker, direction: q.direction ?? null, text: q.text,
  })));
}

/** Every goof of the films. */
export function goofRows(films: readonly Film[]): GoofRow[] {
  return films.flatMap((film) => film.goofs.map((g) => ({ film: filmRef(film), category: g.category, text: g.text })));
}

/** Every review of the films. */
export function reviewRows(films: readonly Film[]): ReviewRow[] {
  return films.flatMap((film) => film.reviews.map((r) => ({
    film: filmRef(film), title: r.title, text: r.text, score: r.score ?? null,
  })));
}

/** Every trivia item of the films, unranked. */
export function triviaRows(films: readonly Film[]): TriviaRow[] {
  return films.flatMap((film) => film.trivia.map((text) => ({ film: filmRef(film), text })));
}
