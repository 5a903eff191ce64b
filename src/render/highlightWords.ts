import type { ChalkInstance } from "chalk";
import { wordPattern } from "../search/wordPattern";


/** Paints the words of a line that are in `words` (exact, as search reported them). */
export function highlightWords(line: string, words: ReadonlySet<string>, style: ChalkInstance): string {
  if (words.size === 0) return line;
  return line.replace(wordPattern(), (word) => (words.has(word) ? style.bold.yellow(word) : word));
}
