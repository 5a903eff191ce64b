/**
 * A word of free text as filmcli searches and highlights it: letters, marks, digits and "_", with
 * apostrophes inside ("director's"). Global: use it with matchAll or replace, which leave no lastIndex behind.
 */
export const WORD = /[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}\p{N}_]+)*/gu;
