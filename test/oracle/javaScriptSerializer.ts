// A port of what Windows PowerShell 5.1's ConvertFrom-Json does with a string: .NET Framework's
// JavaScriptSerializer.DeserializeObject (System.Web.Extensions, JavaScriptObjectDeserializer and
// JavaScriptString) with PowerShell's settings, then JsonObject.PopulateFromDictionary/-List.
// Only what decides Test-UpdaterRegistration's verdict is modelled: the dialect it accepts, the
// .NET type of every value, its limits, and the errors PowerShell raises while converting.
// References: PowerShell's JsonObject.cs and JsonObjectTypeResolver.cs as they were before the
// CoreCLR port (the `#else` branch: JavaScriptSerializer), and the .NET Framework reference source
// (System.Web.Extensions/Script/Serialization/JavaScriptObjectDeserializer.cs, JavaScriptString.cs;
// System.Web/Util/AppSettings.cs). Approximations (they matter only for non-ASCII text, which the
// core flags anyway): culture-aware comparisons (-eq, the @{} hashtable of psm1 54) are modelled
// as OrdinalIgnoreCase, and a DateTime's text as the invariant format.
// - JsonObject.ConvertFromJson: RecursionLimit = maxDepthAllowed (100) + 2, MaxJsonLength = Int32.MaxValue,
//   JsonObjectTypeResolver (every "__type" resolves to Dictionary<string, object>).
// - DeserializeString: Utf16StringValidator replaces a lone surrogate with U+FFFD (System.Web's
//   AllowRelaxedUnicodeDecoding is off by default), so "\ud800" and "\udc00" are the same name.
// - PopulateFromDictionary: a key already present (PSObject property lookup, case-insensitive) is
//   "DuplicateKeysInJsonString"; PSNoteProperty refuses an empty name.
// - JavaScriptObjectDeserializer: depth counted per value, DeserializePrimitiveObject's
//   Int32 → Int64 → Decimal (no '.', no 'e') → Double order. ThrowIfMaxJsonDeserializerMembersExceeded
//   reads AppSettings.MaxJsonDeserializerMembers, whose default in .NET Framework 4.x's System.Web
//   (Util/AppSettings.cs) is Int32.MaxValue (1000 was .NET 3.5's System.Web.Extensions): no limit here.

export type NetNumberKind = 'Int32' | 'Int64' | 'Decimal' | 'Double';

export interface NetNumber {
  net: NetNumberKind;
  /** Integers exactly; Decimal and Double as JavaScript numbers (enough for the comparisons AO makes). */
  value: number;
  big?: bigint;
}

export interface NetDate {
  net: 'DateTime';
  ticks: bigint;
}

/** PowerShell's view of a JSON object: note properties in document order, looked up case-insensitively. */
export class PsObject {
  readonly properties = new Map<string, { name: string; value: NetValue }>();

  get(name: string): { name: string; value: NetValue } | undefined {
    return this.properties.get(ordinalIgnoreCaseKey(name));
  }
}

export type NetValue = null | boolean | string | NetNumber | NetDate | NetValue[] | PsObject;

export class JsonReadError extends Error {}

/** .NET's OrdinalIgnoreCase: each UTF-16 unit upper-cased by the invariant culture's simple mapping (ı → I, ſ → S; ß stays). */
export function ordinalIgnoreCaseKey(s: string): string {
  let out = '';
  for (const unit of s.split('')) {
    const upper = unit.toUpperCase();
    out += upper.length === 1 ? upper : unit;
  }
  return out;
}

const RECURSION_LIMIT = 102;
const MAX_MEMBERS = 2 ** 31 - 1;
const INT32_MIN = -(2n ** 31n);
const INT32_MAX = 2n ** 31n - 1n;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
// decimal.MaxValue, 79228162514264337593543950335 (as a double).
const DECIMAL_MAX = 7.922816251426434e28;
const DATETIME_MIN_TIME_TICKS = 621355968000000000n;
const DATETIME_MAX_TICKS = 3155378975999999999n;

/** char.IsWhiteSpace (Unicode White_Space as .NET Framework 4 reads it; U+FEFF is not one). */
function isNetWhiteSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;

/** char.IsLetterOrDigit on one UTF-16 unit (a surrogate half is neither). */
function isNetLetterOrDigit(unit: string): boolean {
  const c = unit.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(unit);
}

/** Int32/Int64.TryParse with NumberStyles.Integer and the invariant culture (the token holds no white space). */
function parseInteger(token: string, min: bigint, max: bigint): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(token)) return undefined;
  const n = BigInt(token);
  return n >= min && n <= max ? n : undefined;
}

/** decimal.TryParse with NumberStyles.Number: one sign, leading or trailing, and a decimal point; no exponent. */
function parseDecimal(token: string): number | undefined {
  const m = /^([+-]?)([0-9]*)(?:\.([0-9]*))?([+-]?)$/.exec(token);
  if (!m || (m[1] && m[4]) || `${m[2]}${m[3] ?? ''}` === '') return undefined;
  const sign = m[1] === '-' || m[4] === '-' ? -1 : 1;
  const value = sign * Number(`${m[2] || '0'}.${m[3] ?? ''}0`);
  return Math.abs(value) > DECIMAL_MAX ? undefined : value;
}

/** double.TryParse with NumberStyles.Float: .NET Framework refuses an overflow rather than returning infinity. */
function parseDouble(token: string): number | undefined {
  if (token === 'Infinity') return Infinity;
  if (token === '-Infinity') return -Infinity;
  if (token === 'NaN') return NaN;
  if (!/^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(token)) return undefined;
  const value = Number(token);
  return Number.isFinite(value) ? value : undefined;
}

/** Utf16StringValidator.ValidateString (AllowRelaxedUnicodeDecoding off): a lone surrogate becomes U+FFFD, in names too. */
function wellFormed(s: string): string {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

const DATE_PREFIX = '"\\/Date(';
const DATE_PATTERN = /^"\\\/Date\((-?[0-9]+)(?:[a-zA-Z]|[+-][0-9]{4})?\)\\\/"/;

class Deserializer {
  private index = 0;

  constructor(private readonly s: string) {}

  private nextNonEmpty(): string | undefined {
    while (this.index < this.s.length) {
      const c = this.s[this.index++];
      if (!isNetWhiteSpace(c.charCodeAt(0))) return c;
    }
    return undefined;
  }

  private moveNext(): string | undefined {
    return this.index < this.s.length ? this.s[this.index++] : undefined;
  }

  private movePrev(): void {
    if (this.index > 0) this.index--;
  }

  /** BasicDeserialize: one value, then nothing but white space. */
  root(): unknown {
    const value = this.value(0);
    if (this.nextNonEmpty() !== undefined) throw new JsonReadError('Invalid JSON primitive after the value.');
    return value;
  }

  private value(depth: number): unknown {
    if (++depth > RECURSION_LIMIT) throw new JsonReadError('RecursionLimit exceeded.');
    const c = this.nextNonEmpty();
    if (c === undefined) return null;
    this.movePrev();
    if (this.s.startsWith(DATE_PREFIX, this.index)) return this.dateOrString();
    if (c === '{') {
      const dict = this.dictionary(depth);
      // ObjectConverter with PowerShell's JsonObjectTypeResolver: a string "__type" is consumed.
      if (dict.has('__type') && typeof dict.get('__type') === 'string') dict.delete('__type');
      return dict;
    }
    if (c === '[') return this.list(depth);
    if (c === '"' || c === "'") return this.string();
    return this.primitive();
  }

  private list(depth: number): unknown[] {
    const list: unknown[] = [];
    this.moveNext(); // '['
    let expectMore = false;
    let c: string | undefined;
    for (;;) {
      c = this.nextNonEmpty();
      if (c === undefined || c === ']') break;
      this.movePrev();
      list.push(this.value(depth));
      expectMore = false;
      c = this.nextNonEmpty();
      if (c === ']') break;
      expectMore = true;
      if (c !== ',') throw new JsonReadError('Invalid array: a comma is expected.');
    }
    if (expectMore) throw new JsonReadError('Invalid array: extra comma.');
    if (c !== ']') throw new JsonReadError('Invalid array: "]" is expected.');
    return list;
  }

  private dictionary(depth: number): Map<string, unknown> {
    let dict: Map<string, unknown> | undefined;
    this.moveNext(); // '{'
    let c: string | undefined;
    for (;;) {
      c = this.nextNonEmpty();
      if (c === undefined) break;
      this.movePrev();
      if (c === ':') throw new JsonReadError('Invalid object member name.');
      let name: string | undefined;
      if (c !== '}') {
        name = this.memberName();
        c = this.nextNonEmpty();
        if (c !== ':') throw new JsonReadError('Invalid object: ":" is expected.');
      }
      if (!dict) {
        dict = new Map();
        if (name === undefined) {
          c = this.nextNonEmpty();
          break;
        }
      }
      if (dict.size >= MAX_MEMBERS) throw new JsonReadError(`More than ${MAX_MEMBERS} members in one object.`);
      const value = this.value(depth);
      dict.set(name as string, value); // a repeated name (same spelling) replaces the value in place
      c = this.nextNonEmpty();
      if (c === '}') break;
      if (c !== ',') throw new JsonReadError('Invalid object: "," or "}" is expected.');
    }
    if (c !== '}') throw new JsonReadError('Invalid object: "}" is expected.');
    return dict ?? new Map();
  }

  private memberName(): string | undefined {
    const c = this.nextNonEmpty();
    if (c === undefined) return undefined;
    this.movePrev();
    return c === '"' || c === "'" ? this.string() : this.primitiveToken();
  }

  private primitiveToken(): string {
    let token = '';
    for (;;) {
      const c = this.moveNext();
      if (c === undefined) return token;
      if (!isNetLetterOrDigit(c) && c !== '.' && c !== '-' && c !== '_' && c !== '+') {
        this.movePrev();
        return token;
      }
      token += c;
    }
  }

  private primitive(): unknown {
    const token = this.primitiveToken();
    if (token === 'null') return null;
    if (token === 'true') return true;
    if (token === 'false') return false;
    const hasPoint = token.includes('.');
    if (!/e/i.test(token)) {
      if (!hasPoint) {
        const i32 = parseInteger(token, INT32_MIN, INT32_MAX);
        if (i32 !== undefined) return { net: 'Int32', value: Number(i32), big: i32 } satisfies NetNumber;
        const i64 = parseInteger(token, INT64_MIN, INT64_MAX);
        if (i64 !== undefined) return { net: 'Int64', value: Number(i64), big: i64 } satisfies NetNumber;
      }
      const dec = parseDecimal(token);
      if (dec !== undefined) return { net: 'Decimal', value: dec } satisfies NetNumber;
    }
    const dbl = parseDouble(token);
    if (dbl !== undefined) return { net: 'Double', value: dbl } satisfies NetNumber;
    throw new JsonReadError(`Invalid JSON primitive: ${token}.`);
  }

  private string(): string {
    const quote = this.moveNext();
    let out = '';
    let escaped = false;
    for (;;) {
      const c = this.moveNext();
      if (c === undefined) throw new JsonReadError('Unterminated string.');
      if (c === '\\') {
        if (escaped) out += '\\';
        escaped = !escaped;
      } else if (escaped) {
        out += this.escape(c);
        escaped = false;
      } else if (c === quote) {
        return wellFormed(out);
      } else {
        out += c;
      }
    }
  }

  private escape(c: string): string {
    switch (c) {
      case '"':
      case "'":
      case '/':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u': {
        // int.Parse(4 chars, NumberStyles.HexNumber): white space around the digits is allowed.
        if (this.index + 4 > this.s.length) throw new JsonReadError('Bad \\u escape.');
        const hex = this.s.slice(this.index, this.index + 4).replace(/^[\t-\r ]+|[\t-\r ]+$/g, '');
        this.index += 4;
        if (!/^[0-9a-fA-F]+$/.test(hex)) throw new JsonReadError('Bad \\u escape.');
        return String.fromCharCode(parseInt(hex, 16));
      }
      default:
        throw new JsonReadError('Bad escape.');
    }
  }

  /** DeserializeStringIntoDateTime: "\/Date(ticks)\/" becomes a DateTime, anything else a string. */
  private dateOrString(): unknown {
    const end = this.s.indexOf('\\/"', this.index);
    const m = end < 0 ? null : DATE_PATTERN.exec(this.s.slice(this.index, end + 3));
    if (m) {
      const ms = BigInt(m[1]);
      if (ms >= INT64_MIN && ms <= INT64_MAX) {
        const ticks = BigInt.asIntN(64, ms * 10000n) + DATETIME_MIN_TIME_TICKS;
        if (ticks < 0n || ticks > DATETIME_MAX_TICKS) throw new JsonReadError('DateTime out of range.');
        this.index += m[0].length;
        return { net: 'DateTime', ticks } satisfies NetDate;
      }
    }
    return this.string();
  }
}

/** JsonObject.PopulateFromDictionary / PopulateFromList: dictionaries become PSObjects, lists object[]. */
function populate(value: unknown): NetValue {
  if (value instanceof Map) {
    const obj = new PsObject();
    for (const [name, v] of value as Map<string, unknown>) {
      const key = ordinalIgnoreCaseKey(name);
      const existing = obj.properties.get(key);
      if (existing) throw new JsonReadError(`Cannot convert the JSON string because a dictionary that was converted from the string contains the duplicated keys '${existing.name}' and '${name}'.`);
      if (name === '') throw new JsonReadError('A property name must not be empty (PSNoteProperty).');
      obj.properties.set(key, { name, value: populate(v) });
    }
    return obj;
  }
  if (Array.isArray(value)) return value.map(populate);
  return value as NetValue;
}

/** `$text | ConvertFrom-Json` in Windows PowerShell 5.1; throws JsonReadError where it fails. */
export function convertFromJson(text: string): NetValue {
  return populate(new Deserializer(text).root());
}
