/**
 * A word of free text as filmcli searches and highlights it: letters, marks, digits and "_", with
 * apostrophes inside ("director's"). Global: use it with matchAll or replace, which leave no lastIndex behind.
 * A function, not a constant: a Unicode-property pattern costs about 1 ms to create, which a run that
 * never matches words (`show`) should not pay at start.
 */
export function wordPattern(): RegExp {
  return /[\p{L}\p{M}\p{N}_]+(?:['\u2019][\p{L}\p{M}\p{N}_]+)*/gu;
}
