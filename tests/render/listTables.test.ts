import { describe, expect, it } from "vitest";
import type { CastRow, QuoteRow, TriviaRow } from "../../src/films/filmRows";
import { plainTerminal } from "../../src/render/terminal";
import { castColumns, quoteColumns, renderRows, triviaColumns } from "../../src/render/listTables";
import type { Terminal } from "../../src/render/terminal";

const renderCast = (rows: CastRow[], showFilm: boolean, term: Terminal) => renderRows(rows, castColumns(showFilm), term);
const renderQuotes = (rows: QuoteRow[], showFilm: boolean, term: Terminal) => renderRows(rows, quoteColumns(showFilm), term);
const renderTrivia = (rows: TriviaRow[], term: Terminal) => renderRows(rows, triviaColumns(term), term);

const film = { id: "mask-1985", title: "Mask", year: 1985 };

describe("list tables", () => {
  it("adds the Film column only when the rows span the dataset", () => {
    const rows: CastRow[] = [{ film, actor: "Kelly Jo Minter", character: "Lorrie", creditedAs: "Kelly Minter" }];
    expect(renderCast(rows, false, plainTerminal(80))).toMatchInlineSnapshot(`
      "┌─────────────────┬───────────┬──────────────┐
      │ Actor           │ Character │ Credited as  │
      ├─────────────────┼───────────┼──────────────┤
      │ Kelly Jo Minter │ Lorrie    │ Kelly Minter │
      └─────────────────┴───────────┴──────────────┘
      "
    `);
    expect(renderCast(rows, true, plainTerminal(80))).toMatchInlineSnapshot(`
      "┌─────────────┬─────────────────┬───────────┬──────────────┐
      │ Film        │ Actor           │ Character │ Credited as  │
      ├─────────────┼─────────────────┼───────────┼──────────────┤
      │ Mask (1985) │ Kelly Jo Minter │ Lorrie    │ Kelly Minter │
      └─────────────┴─────────────────┴───────────┴──────────────┘
      "
    `);
  });

  it("puts a stage direction in brackets before the line", () => {
    const rows: QuoteRow[] = [{ film, speaker: "Rocky Dennis", direction: "Poem", text: "These things are good." }];
    expect(renderQuotes(rows, false, plainTerminal(80))).toMatchInlineSnapshot(`
      "┌──────────────┬───────────────────────────────┐
      │ Speaker      │ Line                          │
      ├──────────────┼───────────────────────────────┤
      │ Rocky Dennis │ [Poem] These things are good. │
      └──────────────┴───────────────────────────────┘
      "
    `);
  });

  it("highlights matched trivia words only when colour is on", () => {
    const rows: TriviaRow[] = [{ film, text: "heavy makeup, makeup again", score: 1, matched: ["makeup"] }];
    expect(renderTrivia(rows, plainTerminal(80))).toMatchInlineSnapshot(`
      "┌─────────────┬────────────────────────────┐
      │ Film        │ Trivia                     │
      ├─────────────┼────────────────────────────┤
      │ Mask (1985) │ heavy makeup, makeup again │
      └─────────────┴────────────────────────────┘
      "
    `);
    const coloured = renderTrivia(rows, plainTerminal(80, 1));
    expect(coloured.match(/\u001b\[33mmakeup/g)).toHaveLength(2);
    expect(coloured).not.toContain("\u001b[33mheavy");
  });
});
