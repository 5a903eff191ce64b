// V8 optimizes a function once it has run for an "interrupt budget" of bytecode a few times. A bounded
// fuzzy search over millions of titles runs a few hot loops (postings, titles, ranking) for ~50 ms and
// then exits: optimizing them on the default budget cost more than it saved (callgrind, full-scale
// library: `search 'mther of the house'` 375M -> 286M instructions; 157 -> 113 ms wall), and on a busy
// machine the optimizing thread competes for the other core. Four and a half times the budget leaves
// such a run unoptimized, while a long run (an import, a listing of every film) still gets optimized code.
const LONGER_BUDGET = "--interrupt-budget=300000";

/**
 * Asks V8 to wait longer before optimizing code: for a command about to do a bounded amount of hot
 * work. node:v8 is loaded only here (getBuiltinModule, Node >= 20.16; older Nodes keep the default):
 * it brings node:stream with it, a cost no plain lookup should pay.
 */
export function optimizeLater(): void {
  if (typeof process.getBuiltinModule !== "function") return;
  const v8 = process.getBuiltinModule("node:v8") as typeof import("node:v8") | undefined;
  v8?.setFlagsFromString(LONGER_BUDGET);
}
