// Key and value names compare the way Windows compares them: ordinal, ignoring case, by
// upper-casing each UTF-16 unit on its own (RtlUpcaseUnicodeString, one table entry per unit).
// That table never maps a non-ASCII unit into ASCII: `ı` (U+0131) and `ſ` (U+017F) stay as they
// are, so `updaterPrıority` is not `updaterPriority` (.NET mirrors the Windows table the same way:
// dotnet/runtime System.Globalization.Native pal_casing.c, InitOrdinalCasingPage, "Disable Turkish
// I behavior on Ordinal operations"). Units with no one-unit upper case (ß, ligatures) stay too.
// JavaScript's own toUpperCase differs on exactly these (ı → I, ſ → S, ß → SS), toLowerCase on
// more (the Kelvin sign K → k): neither may compare registry names.

/** The comparison key of a key or value name: equal keys name the same registry entry. */
export function foldName(name: string): string {
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) >= 0x80) return foldUnits(name);
  }
  return name.toUpperCase();
}

function foldUnits(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) out += upcaseUnit(name[i]);
  return out;
}

function upcaseUnit(unit: string): string {
  const c = unit.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : unit;
  const up = unit.toUpperCase();
  return up.length === 1 && up.charCodeAt(0) >= 0x80 ? up : unit;
}

/** Whether two names are the same registry name (ASCII compared in place, no allocation). */
export function sameName(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0x80 || y >= 0x80) return foldName(a) === foldName(b);
    if ((x | 0x20) !== (y | 0x20) || (x | 0x20) < 97 || (x | 0x20) > 122) return false;
  }
  return true;
}
