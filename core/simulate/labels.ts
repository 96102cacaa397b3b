// Human names for codes in reasons and notes.

/** "48" today; the edition's name joins it once the edition table is wired in. */
export function editionLabel(code: number): string {
  return String(code);
}
