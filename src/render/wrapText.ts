import stringWidth from "string-width";

/** Display columns a string takes (wide CJK and emoji count two, combining marks none). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Cuts one over-long word into pieces no wider than `width` columns, after hyphens where it can. */
function splitWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const part of word.split(/(?<=-)/)) {
    if (piece !== "" && displayWidth(piece + part) > width) {
      pieces.push(piece);
      piece = "";
    }
    for (const ch of part) {
      if (piece !== "" && displayWidth(piece + ch) > width) {
        pieces.push(piece);
        piece = "";
      }
      piece += ch;
    }
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * Wraps plain text to `width` display columns at word boundaries, keeping existing line breaks;
 * a word longer than a line is split. Works on unstyled text: colour is applied after wrapping.
 */
export function wrapText(text: string, width: number): string[] {
  // Most cells are one short line already (a listing of every credit wraps millions of them).
  if (!text.includes("\n") && !text.includes("  ") && !text.startsWith(" ") && !text.endsWith(" ") && displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/ +/).filter((w) => w !== "")) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (displayWidth(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line !== "") lines.push(line);
      const pieces = displayWidth(word) > width ? splitWord(word, width) : [word];
      line = pieces.pop()!;
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}
