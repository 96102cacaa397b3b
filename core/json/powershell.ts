// What Windows PowerShell 5.1 makes of a registration file before Microsoft's Test-UpdaterRegistration
// (AppOrchestration.psm1) looks at it: `ConvertFrom-Json` is .NET Framework's JavaScriptSerializer
// (RecursionLimit 102, Decimal for `3.0`, Double for `1e1`; no member limit on .NET 4.x, see test/oracle),
// PowerShell's property names compare case-insensitively (OrdinalIgnoreCase: `ı` folds to `I`,
// `ſ` to `S`), and the module's own duplicate scan (psm1 55) counts every `"name":` in the text.
// Without a byte-order mark, Get-Content reads the file in the ANSI code page, not UTF-8.
import { mangleUtf8AsAnsi } from '../reg/ansi';

/** JsonObject.ConvertFromJson: RecursionLimit = maxDepthAllowed (100) + 2; each value is one level. */
export const POWERSHELL_MAX_DEPTH = 102;

/** .NET's OrdinalIgnoreCase key: each UTF-16 unit upper-cased by the invariant simple mapping (ı → I, ſ → S; ß stays ß). */
export function foldKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const unit = s[i];
    const upper = unit.toUpperCase();
    out += upper.length === 1 ? upper : unit;
  }
  return out;
}

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * A string or property name as Windows PowerShell 5.1 reads it. `literal` is the JSON literal as
 * written (quotes included), `decoded` its value. With `ansi` (no byte-order mark), Get-Content
 * reads the ANSI code page (1252 on an en-US machine), so a character outside ASCII written as
 * itself, not as a `\u` escape, arrives as its UTF-8 bytes: `"Scenarıo"` is read as `ScenarÄ±o`,
 * which never folds to an ASCII name.
 */
export function asPowerShellReads(literal: string, decoded: string, ansi: boolean): string {
  if (!ansi || !NON_ASCII.test(literal)) return decoded;
  try {
    const value: unknown = JSON.parse(mangleUtf8AsAnsi(literal));
    if (typeof value === 'string') return value;
  } catch {
    // an invalid escape (reported as a syntax error): the decoded value is close enough
  }
  return mangleUtf8AsAnsi(decoded);
}

export interface DepthExcess {
  /** The levels the deepest value sits at (the root value is level 1). */
  depth: number;
  /** Offset of the bracket that opens the first container beyond the limit. */
  offset: number;
}

/**
 * The nesting depth as JavaScriptSerializer counts it, in one pass that skips strings (no parse,
 * no recursion: the text may be nested thousands deep). Undefined when within `limit`.
 */
export function depthBeyond(text: string, limit = POWERSHELL_MAX_DEPTH): DepthExcess | undefined {
  let open = 0;
  let max = 0;
  let firstOffset = -1;
  let inString = false;
  const reach = (depth: number, at: number): void => {
    if (depth > max) max = depth;
    if (depth > limit && firstOffset < 0) firstOffset = at;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      reach(++open, i);
    } else if (c === 125 || c === 93) {
      if (open > 0) open--;
    } else if (c === 34) {
      inString = true;
      reach(open + 1, i);
    } else if (c > 32 && c !== 44 /* , */ && c !== 58 /* : */) {
      reach(open + 1, i); // a number or literal inside `open` containers
    }
  }
  if (max <= limit) return undefined;
  return { depth: max, offset: firstOffset >= 0 ? firstOffset : 0 };
}

export interface RawKey {
  /** The text between the quotes, as written (escapes not decoded). */
  name: string;
  /** Span of the quoted name. */
  start: number;
  end: number;
}

/** psm1 55: `[regex]::Matches($raw, '"([^"]+)"\s*:')`, including nested keys and `\"x\":` inside strings. */
export function rawKeys(text: string): RawKey[] {
  const out: RawKey[] = [];
  // .NET's \s is [\f\n\r\t\v\x85\p{Z}].
  for (const m of text.matchAll(/"([^"]+)"[\f\n\r\t\v\x85\p{Z}]*:/gu)) {
    out.push({ name: m[1], start: m.index, end: m.index + m[1].length + 2 });
  }
  return out;
}

/** JavaScriptSerializer's number types: integers fit Int32/Int64; a `.` makes a Decimal, an `e` a Double. */
export type NetNumberType = 'Int32' | 'Int64' | 'Decimal' | 'Double';

export function netNumberType(raw: string): NetNumberType {
  if (/e/i.test(raw)) return 'Double';
  if (raw.includes('.')) return 'Decimal';
  if (!/^[+-]?\d+$/.test(raw)) return 'Double';
  const n = BigInt(raw);
  if (n >= -(2n ** 31n) && n < 2n ** 31n) return 'Int32';
  if (n >= -(2n ** 63n) && n < 2n ** 63n) return 'Int64';
  return 'Decimal';
}
