// A registration's code lenses travel without their titles and commands: VS Code resolves only
// the lenses on screen (`codeLens/resolve`), so a file of a thousand registrations costs a few
// lenses' worth of text per edit, not three thousand titles. Until then a lens carries this small
// tuple; the server and the extension (which hides lenses that write in untrusted workspaces)
// read it here.

/** The lenses of one registration, left to right. */
export const LENS_KINDS = ['place', 'preview', 'apply'] as const;
export type LensKind = (typeof LENS_KINDS)[number];

/** `[answer, registration, kind]`: which code lens answer, which registration of it, which lens (index in LENS_KINDS). */
export type LensData = [answer: number, registration: number, kind: number];

export interface ReadLensData {
  answer: number;
  registration: number;
  kind: LensKind;
}

export function lensData(answer: number, registration: number, kind: LensKind): LensData {
  return [answer, registration, LENS_KINDS.indexOf(kind)];
}

/** The data of an unresolved lens, or undefined when `data` is not one (any value a client sends back). */
export function readLensData(data: unknown): ReadLensData | undefined {
  if (!Array.isArray(data) || data.length !== 3 || !data.every((n) => Number.isSafeInteger(n) && n >= 0)) return undefined;
  const [answer, registration, kind] = data as number[];
  const name = LENS_KINDS[kind];
  return name ? { answer, registration, kind: name } : undefined;
}
