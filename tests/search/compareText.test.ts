import { describe, expect, it } from "vitest";
import { compareText } from "../../src/search/compareText";

const sign = (a: string, b: string): number => Math.sign(a.localeCompare(b, "en"));

describe("compareText", () => {
  it.each([
    ["Heat (1995)", "heat (1995)"], ["Heat (1995)", "Heat (1996)"], ["Heat", "Heat (1995)"], ["apple", "Banana"],
    ["ab", "Ab"], ["aB", "Ab"], ["a b", "a_b"], ["a-b", "a.b"], ["a(b", "a)b"], ["a1", "ab"], ["director", "cast"],
    ["writer", "producer"], ["2001-05-02", "2001-5-02"], ["Zoë (2010)", "Zoe (2010)"], ["Æon Flux", "Aeon Flux"],
    ["same", "same"], ["", "a"], ["~tilde", "$dollar"], ["Ça", "Ca"],
    ["Time of the Sun (2025)", "かげとほし (2025)"], ["Heat", "Хит"], ["a=\u0338", "a=b"], ["ab\u0301", "ac"], ["Ωmega", "Zeta"],
    ["1 (2020)", "一 (2020)"], ["a", "a\u0301"], ["e\u0301", "f"],
  ])("orders %j and %j as localeCompare does", (a, b) => {
    expect([compareText(a, b), compareText(b, a)]).toEqual([sign(a, b), sign(b, a)]);
  });

  it("agrees with localeCompare on generated strings: ASCII, cases, prefixes, other scripts, combining marks", () => {
    const pool = [..." _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBzZ", "\u0301", "\u0338", "é", "–", "ß", "Ω", "ж", "か", "カ", "一", "한", "ー", "٣"];
    let seed = 7;
    const next = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const word = (): string => Array.from({ length: next(6) }, () => pool[next(pool.length)]!).join("");
    const pairs = Array.from({ length: 20000 }, () => {
      const a = word();
      const b = next(3) === 0 ? [...a].map((c) => (next(2) ? c.toUpperCase() : c)).join("") : next(4) === 0 ? a + word() : word();
      return [a, b] as const;
    });
    expect(pairs.filter(([a, b]) => compareText(a, b) !== sign(a, b))).toEqual([]);
  });
});
