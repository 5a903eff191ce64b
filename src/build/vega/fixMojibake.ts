// Mac Roman's characters for bytes 0x80-0xFF, in byte order.
const MAC_ROMAN_HIGH =
  "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";
// Windows-1252's characters for bytes 0x80-0x9F; 0xA0-0xFF are the Latin-1 code points.
const CP1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const MAC_BYTE = new Map([...MAC_ROMAN_HIGH].map((ch, i) => [ch, 0x80 + i]));
// Re-decoded text may only hold ASCII, Latin-1 letters and the two symbols seen in titles.
const PLAUSIBLE = /^[\x00-\x7fÀ-ÖØ-öø-ÿ…½]*$/u;

/**
 * Whether a non-ASCII character looks like mojibake where it stands: a symbol, a capital right
 * after a letter or digit ("AstÈrix"), or alone between spaces. A lowercase accented letter
 * ("Amélie") or a word-initial capital ("Österreich") is taken as genuine.
 */
function suspicious(text: string, i: number): boolean {
  const ch = text[i]!;
  const before = text[i - 1] ?? " ";
  const after = text[i + 1] ?? " ";
  if (!/\p{L}/u.test(ch)) return true;
  if (/\p{Lu}/u.test(ch) && /[\p{L}\p{N}]/u.test(before)) return true;
  return before === " " && after === " ";
}

function cp1252(byte: number): string {
  return byte < 0xa0 ? CP1252_C1[byte - 0x80]! : String.fromCharCode(byte);
}

/**
 * Undoes Windows-1252 text that was decoded as Mac Roman ("AmÈlie" for "Amélie"). Returns the
 * repaired text, or null when the text is not of that kind: "Alien³" ("³" is not Mac Roman),
 * "Amélie" (a lowercase accent is genuine), or anything that would not re-decode to plausible text.
 */
export function fixMojibake(text: string): string | null {
  if (!/[^\x00-\x7f]/.test(text)) return null;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch.charCodeAt(0) < 0x80) { out += ch; continue; }
    if (!suspicious(text, i)) return null;
    const byte = MAC_BYTE.get(ch);
    if (byte === undefined) return null;
    out += cp1252(byte);
  }
  return out !== text && PLAUSIBLE.test(out) ? out : null;
}
