// The differential oracle: a TypeScript port of Test-UpdaterRegistration from Microsoft's
// AppOrchestration.psm1 (microsoft/ms-update-universalorchestrator, scripts/AppOrchestration.psm1,
// "Revision 2026.02.12"), with the Windows PowerShell 5.1 semantics that decide its verdict.
// Line numbers ("psm1 N") refer to that revision. The Administrator and Server checks (psm1 48-52)
// are about the machine, not the file, and are left out.
import { convertFromJson, JsonReadError, ordinalIgnoreCaseKey, PsObject, type NetValue } from './javaScriptSerializer';

export interface OracleVerdict {
  valid: boolean;
  /** psm1 line of the check that threw (0 when valid). */
  line: number;
  /** The message Test-UpdaterRegistration throws. */
  reason: string;
}

/** Get-Content -Raw in Windows PowerShell 5.1: a byte-order mark picks the encoding (StreamReader's detection: UTF-8, UTF-16LE/BE, UTF-32LE/BE); without one, the ANSI code page (1252 on an en-US machine). */
export function getContentRaw(bytes: Uint8Array): string {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder('utf-8').decode(b.subarray(3));
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return decodeUtf32(b.subarray(4), true);
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return decodeUtf32(b.subarray(4), false);
  return new TextDecoder('windows-1252').decode(b);
}

function decodeUtf32(b: Uint8Array, little: boolean): string {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength - (b.byteLength % 4));
  let out = '';
  for (let i = 0; i + 4 <= view.byteLength; i += 4) {
    const cp = view.getUint32(i, little);
    out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
  }
  return out;
}

class Rejected extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

function reject(line: number, message: string): never {
  throw new Rejected(line, message);
}

// --- PowerShell operators -------------------------------------------------------------------

/** LanguagePrimitives.IsTrue: what `if`, `-not`, `-and` make of a value. */
function isTrue(v: NetValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.length > 0;
  // One element: its own truth, except that a non-empty list as that element is true whatever it holds.
  if (Array.isArray(v)) return v.length === 0 ? false : v.length === 1 ? (Array.isArray(v[0]) ? v[0].length > 0 : isTrue(v[0])) : true;
  if (v instanceof PsObject) return true;
  if (v.net === 'DateTime') return true;
  return v.value !== 0;
}

/** A value converted to string (arrays joined by $OFS, a space). */
function toPsString(v: NetValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(toPsString).join(' ');
  if (v instanceof PsObject) return `@{${[...v.properties.values()].map((p) => `${p.name}=${toPsString(p.value)}`).join('; ')}}`;
  if (v.net === 'DateTime') return '01/01/1970 00:00:00';
  return v.big !== undefined ? v.big.toString() : String(v.value);
}

const isString = (v: NetValue | undefined): boolean => typeof v === 'string';
const isBoolean = (v: NetValue | undefined): boolean => typeof v === 'boolean';
const isInt32 = (v: NetValue | undefined): boolean => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof PsObject) && v.net === 'Int32';
const isInt64 = (v: NetValue | undefined): boolean => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof PsObject) && v.net === 'Int64';
const isInteger = (v: NetValue | undefined): boolean => isInt32(v) || isInt64(v);
const numberOf = (v: NetValue | undefined): number => (v && typeof v === 'object' && 'value' in v ? v.value : NaN);

/** `'literal' -eq $x` (string on the left): $x converted to string, compared ignoring case. */
function stringEquals(literal: string, x: NetValue | undefined): boolean {
  if (x === null || x === undefined) return false;
  return ordinalIgnoreCaseKey(literal) === ordinalIgnoreCaseKey(toPsString(x));
}

/** `$x -eq 'literal'`: a scalar compares; an array filters, and the filtered array's truth counts. */
function equalsLiteral(x: NetValue | undefined, literal: string): boolean {
  if (Array.isArray(x)) return isTrue(x.filter((e) => typeof e === 'string' && stringEquals(literal, e)));
  if (typeof x === 'string') return stringEquals(literal, x);
  return false;
}

/** `$x -notin @(...)`: each listed string on the left of -eq. */
function notIn(x: NetValue | undefined, list: readonly string[]): boolean {
  return !list.some((item) => stringEquals(item, x));
}

/** Lower-casing as .NET's RegexOptions.IgnoreCase does (culture-aware, one unit at a time: 'İ' → 'i', Kelvin sign → 'k'). */
function regexLower(s: string): string {
  let out = '';
  for (const unit of s.split('')) {
    const lower = unit === '\u0130' ? 'i' : unit.toLowerCase();
    out += lower.length === 1 ? lower : unit;
  }
  return out;
}

/** `-match` (case-insensitive); `$` matches at the end or before a final newline, as in .NET. */
function matches(value: string, pattern: 'name' | 'https'): boolean {
  const s = regexLower(value);
  return pattern === 'name' ? /^[a-z0-9_-]+\n?$/.test(s) : s.startsWith('https://');
}

/** `$x -notmatch 'pattern'`: a scalar gives a boolean; an array gives the non-matching elements. */
function notMatch(x: NetValue | undefined, pattern: 'name' | 'https'): boolean {
  if (Array.isArray(x)) return isTrue(x.filter((e) => !matches(toPsString(e), pattern)));
  return !matches(toPsString(x), pattern);
}

/** `($a | Select-Object -Unique).Count -eq $a.Length`: Select-Object compares case-sensitively. */
function allUnique(items: NetValue[]): boolean {
  const seen = new Set(items.map((v) => (typeof v === 'string' ? `s:${v}` : `o:${toPsString(v)}`)));
  return seen.size === items.length;
}

/** psm1 135-138 / 144-147 / 157-160 / 166-169: a non-empty object[] of unique elements of one type. */
function isUniqueArray(v: NetValue | undefined, element: (e: NetValue) => boolean): boolean {
  return Array.isArray(v) && v.length > 0 && v.every(element) && allUnique(v);
}

// --- Test-UpdaterRegistration --------------------------------------------------------------------

/** The duplicate scan of psm1 54-60: every `"name":` in the raw text, a hashtable keyed case-insensitively. */
export function rawDuplicateProperty(text: string): string | undefined {
  const seen = new Set<string>();
  // .NET's \s: [\f\n\r\t\v\x85\p{Z}]
  for (const m of text.matchAll(/"([^"]+)"[\f\n\r\t\v\x85\p{Z}]*:/gu)) {
    const key = ordinalIgnoreCaseKey(m[1]);
    if (seen.has(key)) return m[1];
    seen.add(key);
  }
  return undefined;
}

export function testUpdaterRegistration(bytes: Uint8Array): OracleVerdict {
  try {
    run(getContentRaw(bytes));
    return { valid: true, line: 0, reason: 'Updater Registration is valid.' };
  } catch (e) {
    if (e instanceof Rejected) return { valid: false, line: e.line, reason: e.message };
    throw e;
  }
}

function run(text: string): void {
  const duplicate = rawDuplicateProperty(text);
  if (duplicate !== undefined) reject(57, `Duplicate property found: ${duplicate}`);

  let metadata: NetValue;
  try {
    metadata = convertFromJson(text); // psm1 63
  } catch (e) {
    if (e instanceof JsonReadError || e instanceof RangeError) reject(65, e.message);
    throw e;
  }
  const obj = metadata instanceof PsObject ? metadata : undefined;
  const has = (name: string): boolean => !!obj?.get(name); // $updaterMetadata.PSObject.Properties[name]
  const get = (name: string): NetValue | undefined => obj?.get(name)?.value;

  if (!(has('OEMName') && has('UpdaterName') && has('PFN') && has('RegistrationVersion') && has('Scenario') && has('Source'))) {
    reject(74, 'OEMName, UpdaterName, PFN, RegistrationVersion, Scenario and Source are required properties.');
  }
  // psm1 77-80: -and and -or share one precedence, left to right: (... -and RV -is [Int32]) -or RV -is [Int64].
  const rv = get('RegistrationVersion');
  if (!((isString(get('OEMName')) && isString(get('UpdaterName')) && isString(get('PFN')) && isInt32(rv)) || isInt64(rv))) {
    reject(81, 'OEMName, UpdaterName, and PFN need to be Strings. RegistrationVersion needs to be an Integer.');
  }
  if (notMatch(get('OEMName'), 'name')) reject(85, 'OEMName can only contain alphanumeric characters, underscores, and hyphens.');
  if (notMatch(get('UpdaterName'), 'name')) reject(89, 'UpdaterName can only contain alphanumeric characters, underscores, and hyphens.');
  if (numberOf(rv) < 1) reject(93, 'RegistrationVersion must be greater than 0.');
  const scenario = get('Scenario');
  const source = get('Source');
  if (notIn(scenario, ['Update', 'Acquisition', 'StubAcquisition'])) reject(97, "Scenario can only be 'Update', 'Acquisition', or 'StubAcquisition'.");
  if (notIn(source, ['CustomURL', 'Store'])) reject(101, "Source can only be 'CustomURL' or 'Store'.");
  if (equalsLiteral(source, 'CustomURL') && !isTrue(get('Endpoint'))) reject(105, 'Endpoint needs to be specified for CustomURL source.');
  if (equalsLiteral(source, 'CustomURL') && notMatch(get('Endpoint'), 'https')) reject(109, "CustomURL must be an SSL URI that begins with 'https'.");
  if (equalsLiteral(source, 'Store') && !isTrue(get('ProductId'))) reject(113, 'Product ID needs to be specified for Store source.');

  const inRange = (name: string, min: number, max: number, line: number, message: string): void => {
    if (!has(name)) return;
    const v = get(name);
    if (!(isInteger(v) && numberOf(v) > min - 1 && numberOf(v) < max + 1)) reject(line, message);
  };
  inRange('MaxRetryCount', 1, 5, 119, 'MaxRetryCount needs to be an Integer between 1 and 5.');
  inRange('TimeoutDurationInMinutes', 1, 30, 126, 'TimeoutDurationInMinutes needs to be an Integer between 1 and 30.');

  if (has('IncludedRegions') && has('ExcludedRegions')) reject(131, 'IncludedRegions and ExcludedRegions cannot be specified together.');
  if (has('IncludedRegions') && !isUniqueArray(get('IncludedRegions'), isString)) reject(139, 'IncludedRegions needs to be a non-empty array of unique strings.');
  if (has('ExcludedRegions') && !isUniqueArray(get('ExcludedRegions'), isString)) reject(148, 'ExcludedRegions needs to be a non-empty array of unique strings.');
  if (has('IncludedEditions') && has('ExcludedEditions')) reject(153, 'IncludedEditions and ExcludedEditions cannot be specified together.');
  if (has('IncludedEditions') && !isUniqueArray(get('IncludedEditions'), isInteger)) reject(161, 'IncludedEditions needs to be a non-empty array of unique integers.');
  if (has('ExcludedEditions') && !isUniqueArray(get('ExcludedEditions'), isInteger)) reject(170, 'ExcludedEditions needs to be a non-empty array of unique integers.');
  if (has('Architecture') && notIn(get('Architecture'), ['amd64', 'arm64'])) reject(176, "Architecture can only be 'amd64' or 'arm64'.");
  inRange('MinimumAllowedBuildVersion', 1, 100000, 183, 'MinimumAllowedBuildVersion needs to be an Integer between 1 and 100,000.');
  if (has('HonorDeprovisioning')) {
    const hd = get('HonorDeprovisioning');
    if (!isBoolean(hd)) reject(189, 'HonorDeprovisioning needs to be a Boolean.');
    if (hd === true && equalsLiteral(scenario, 'Update')) reject(193, "HonorDeprovisioning can only be specified for the 'Acquisition' or 'StubAcquisition' scenario.");
  }
  if (has('SkipIfPresent') && !isBoolean(get('SkipIfPresent'))) reject(199, 'SkipIfPresent needs to be a Boolean.');
  if (has('AllowedInOobe') && !isBoolean(get('AllowedInOobe'))) reject(205, 'AllowedInOobe needs to be a Boolean.');
  inRange('Priority', 1, 100, 212, 'Priority needs to be an Integer between 1 and 100.');
}
