const CELLS = 10;
const PARTIALS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/** A ten-cell bar for a rating, with eighth-cell precision: 7.0/10 is seven full cells. */
export function ratingBar(value: number, scale: number): { filled: string; empty: string } {
  const eighths = Math.round(Math.min(Math.max(value / scale, 0), 1) * CELLS * 8);
  const full = Math.floor(eighths / 8);
  const partial = PARTIALS[eighths % 8]!;
  const filled = "█".repeat(full) + partial;
  return { filled, empty: "░".repeat(CELLS - full - (partial ? 1 : 0)) };
}
