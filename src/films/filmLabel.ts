/** `Mask (1985)`: the one way filmcli names a film in messages, lists and cards. */
export function filmLabel(film: { readonly title: string; readonly year: number }): string {
  return `${film.title} (${film.year})`;
}
