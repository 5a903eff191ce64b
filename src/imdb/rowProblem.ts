/** Why one data row was not decoded; the import skips the row and counts the reason. */
export interface RowProblem {
  /** A short phrase that never quotes the offending value, so identical problems can be counted together. */
  readonly reason: string;
}

/** A decoder's answer: the typed record, or why the row was rejected. */
export type Decoded<T> = T | RowProblem;

/** Tells a rejected row from a decoded record (records never have a `reason` key). */
export function isRowProblem<T extends object>(decoded: Decoded<T>): decoded is RowProblem {
  return "reason" in decoded;
}

/** The problem of a row whose field count differs from its header's. */
export function fieldCountProblem(got: number, expected: number): RowProblem {
  return { reason: `too ${got < expected ? "few" : "many"} fields (${got} of ${expected})` };
}
