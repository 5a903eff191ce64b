// How titles and names fold into keys: shared by the ids the build makes (slugify), the page parser
// that checks them, and every search. Here, below both pages/ and search/, so there is one of each.
// The rules are listed in README ("Search ranking and folding").

// Letters that NFKD leaves whole, and symbols written for a letter ("Ri¢hie Ri¢h").
const LETTERS: Readonly<Record<string, string>> = {
  æ: "ae", œ: "oe", ß: "ss", ẞ: "ss", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i", ŋ: "ng", ħ: "h", "¢": "c",
};
// Regular expressions here spell non-ASCII characters as escapes: an ASCII bundle loads as a one-byte
// string, 3 ms faster a run (scripts/build.mjs checks).
const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join("")}]`, "gu");
// Superscript digits (⁰ to ⁹) and vulgar fractions (¼ to ¾, ⅐ to ⅞) stand apart from the word they
// follow: "Alien³" is "alien 3", "8½" "8 1 2".
const APART = /[\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u00bc-\u00be\u2150-\u215e]/gu;

// Printable ASCII without "$" or "@": folded without the Unicode expressions, which cost a fresh process milliseconds to compile.
const PLAIN = /^[\x20-\x23\x25-\x3f\x41-\x7e]*$/;

/** Folds case, accents, ligatures, symbols used as letters and punctuation so "The Dark Knight", "dark knight" and "Dárk-Knight" meet. */
export function foldText(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase().replace(/&/g, " and ").replace(/['`]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
  return foldAccents(text
    .toLowerCase()
    .replace(SPECIAL, (c) => LETTERS[c]!)
    .replace(APART, (c) => ` ${c.normalize("NFKD").replace("\u2044", "/")} `)
    // "$" or "@" inside a word is a letter: "Ke$ha", "Gr@ce". Expressions with \p{..} are written where they
    // are used, not at the top: making one costs ~0.1 ms, which a run that never needs it should not pay.
    .replace(/(?<=\p{L})\$|\$(?=\p{L})/gu, "s")
    .replace(/(?<=\p{L})@(?=\p{L})/gu, "a"));
}

/** Case, accents (what NFKD splits off) and punctuation folded: all ids were made with this. */
function foldAccents(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    // Apostrophes join a word ("director's") rather than split it.
    .replace(/['\u2019\u2018`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
  "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const NUMBER_WORDS = new Map<string, number>([...UNITS.map((w, n) => [w, n] as const), ...TENS.flatMap((w, t) => (w ? [[w, t * 10] as const] : []))]);
const ORDINAL_WORDS = new Map<string, number>([
  ...ORDINALS.map((w, n) => [w, n] as const), ...TENS.flatMap((w, t) => (w ? [[`${w.slice(0, -1)}ieth`, t * 10] as const] : [])),
]);
const SUFFIX = (n: number): string => (n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th");
// Roman numerals of two letters or more, II to XXXIX: "Part II", "Rambo III". A single I, V or X is a
// numeral only after a word that numbers a sequel ("part v"): elsewhere it is a letter ("Malcolm X").
const ROMAN = /^(?=[ivx]{2,}$)x{0,3}(ix|iv|v?i{0,3})$/;
const SEQUEL_WORDS = new Set(["part", "chapter", "episode", "ep", "vol", "volume", "book", "pt"]);
// Before a number, these are the word they shorten: "Star Wars Ep. IV" is "star wars episode 4".
const SHORT_FORMS: Readonly<Record<string, string>> = { ep: "episode", vol: "volume", pt: "part" };
// A digit written inside a number word: "Se7en" is "seven".
const INSIDE = /^([a-z]+)(\d)([a-z]+)$/;
const ROMAN_VALUE: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10 };

/** The value of a roman numeral made of I, V and X. */
function romanValue(word: string): number {
  let total = 0;
  for (let k = 0; k < word.length; k++) {
    const v = ROMAN_VALUE[word[k]!]!;
    const next = ROMAN_VALUE[word[k + 1]!] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * The words of a folded title with numbers written one way: digits for number words ("twenty one"
 * is "21", "thirteenth" "13th", "three hundred" "300", "two and a half" "2 1 2") and for roman
 * numerals ("part ii" is "part 2").
 */
function numberWords(words: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (NUMBER_WORDS.has(word)) {
      // A run of number words is one number: "twenty one", "ten thousand", "three hundred".
      let total = 0;
      let current = NUMBER_WORDS.get(word)!;
      let j = k + 1;
      for (; j < words.length; j++) {
        const next = words[j]!;
        const n = NUMBER_WORDS.get(next);
        if (n !== undefined && n < 10 && current >= 20 && current % 10 === 0) current += n;
        else if (next === "hundred") current *= 100;
        else if (next === "thousand") { total += current * 1000; current = 0; }
        else if (ORDINAL_WORDS.has(next) && current >= 20 && current % 10 === 0 && ORDINAL_WORDS.get(next)! < 10) {
          out.push(`${total + current + ORDINAL_WORDS.get(next)!}${SUFFIX(total + current + ORDINAL_WORDS.get(next)!)}`);
          current = -1;
          j++;
          break;
        } else break;
      }
      if (current >= 0) out.push(String(total + current));
      k = j - 1;
    } else if (Object.hasOwn(SHORT_FORMS, word) && k + 1 < words.length && isNumber(words[k + 1]!, word)) {
      out.push(SHORT_FORMS[word]!);
    } else if (ORDINAL_WORDS.has(word)) {
      const n = ORDINAL_WORDS.get(word)!;
      out.push(`${n}${SUFFIX(n)}`);
    } else if (ROMAN.test(word) || (word.length === 1 && Object.hasOwn(ROMAN_VALUE, word) && k > 0 && SEQUEL_WORDS.has(words[k - 1]!))) {
      out.push(String(romanValue(word)));
    } else if (word === "and" && words[k + 1] === "a" && words[k + 2] === "half" && k > 0 && /^\d+$/.test(out[out.length - 1] ?? "")) {
      out.push("1", "2");
      k += 2;
    } else {
      const inside = INSIDE.exec(word);
      const spelled = inside ? UNITS[Number(inside[2])]! : "";
      out.push(inside && spelled.startsWith(inside[1]!) && spelled.endsWith(inside[3]!) ? inside[2]! : word);
    }
  }
  return out;
}

/** Whether a word after `before` is a number: digits, a number word, or a roman numeral. */
function isNumber(word: string, before: string): boolean {
  return /^\d+$/.test(word) || NUMBER_WORDS.has(word) || ROMAN.test(word) || (Object.hasOwn(ROMAN_VALUE, word) && SEQUEL_WORDS.has(before));
}

// Written before folding: "10,000" is one number, and "L.A." or "B.C." one word.
const DIGIT_GROUPS = /(?<=\d)[,.](?=\d{3}(?!\d))/g;

/**
 * A title folded as search keys it: foldText, with initials joined ("L.A." is "la"), digit groups
 * joined ("10,000" is "10000") and numbers written as digits (number words, ordinals, roman numerals).
 */
export function foldTitle(title: string): string {
  const joined = title.includes(".") || title.includes(",") ? title.replace(DIGIT_GROUPS, "").replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, "")) : title;
  return titleNumbers(foldText(joined));
}

/** foldTitle's last step, over text already folded by foldText (or an equal fast path). */
export function titleNumbers(folded: string): string {
  if (folded === "") return folded;
  // Most titles have no word numberWords could change: they are returned as they are, unsplit.
  for (let start = 0; start <= folded.length;) {
    const space = folded.indexOf(" ", start);
    const end = space === -1 ? folded.length : space;
    if (mayBeNumber(folded, start, end)) return numberWords(folded.split(" ")).join(" ");
    start = end + 1;
  }
  return folded;
}

// Words numberWords reads as numbers, or as the start of one, alone or with a neighbour.
const NUMBER_STARTS = new Set([...NUMBER_WORDS.keys(), ...ORDINAL_WORDS.keys(), ...Object.keys(SHORT_FORMS), "and"]);
const LONGEST_START = Math.max(...[...NUMBER_STARTS].map((word) => word.length));

/**
 * Whether numberWords might write the word text[start, end) otherwise: a word holding a digit, a word
 * of I, V and X only, a number word or a short form.
 */
function mayBeNumber(text: string, start: number, end: number): boolean {
  let roman = true;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
    if (c !== 0x69 && c !== 0x76 && c !== 0x78) roman = false;
  }
  // A Set, not `in`: `in` makes V8 intern every word it is asked about, and most words are asked once.
  return roman || (end - start <= LONGEST_START && NUMBER_STARTS.has(text.slice(start, end)));
}

/** A lowercase ASCII, dash-separated form of a title, as used in ids ("king-kong"); "" when none is left. */
export function slugify(title: string): string {
  // Ids keep the folding they were made with, whatever search folding becomes: they are names, not keys.
  return foldAccents(title).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/**
 * The words of foldText(text), without building the folded text when it is plain ASCII: the index
 * build folds every word of every trivia item and quote, and the regular expressions are its
 * largest cost there. Anything else goes through foldText itself, so the two always agree.
 */
export function foldWords(text: string): string[] {
  const words: string[] = [];
  let start = -1; // where the current word starts, -1 between words
  let plain = true; // whether the current word is already folded (lowercase letters and digits only)
  const end = (k: number): void => {
    if (start < 0) return;
    const word = plain ? text.slice(start, k) : text.slice(start, k).toLowerCase().replace(/['`]/g, "");
    // An apostrophe alone is no word.
    if (word !== "") words.push(word);
    start = -1;
    plain = true;
  };
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    // Beyond ASCII, and "$" or "@" (letters inside a word), foldText decides.
    if (c >= 0x80 || c === 0x24 || c === 0x40) return foldText(text).split(" ").filter((w) => w !== "");
    const lower = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    // Apostrophes join a word ("director's") rather than split it.
    const joins = (c >= 0x41 && c <= 0x5a) || c === 0x27 || c === 0x60;
    if (lower || joins) {
      if (start < 0) start = k;
      if (joins) plain = false;
      continue;
    }
    end(k);
    if (c === 0x26) words.push("and");
  }
  end(text.length);
  return words;
}
