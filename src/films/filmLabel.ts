/** `Mask (1985)`: the one way filmcli names a film in messages, lists and cards; an IMDb title with no year says so. */
export function filmLabel(film: { readonly title: string; readonly year: number }): string {
  return `${film.title} (${film.year === 0 ? "year unknown" : film.year})`;
}

/** A year as a table or card shows it: blank for 0, which is how a film with no known year is kept (IMDb's `\N`). */
export function yearText(year: number): string {
  return year === 0 ? "" : String(year);
}
