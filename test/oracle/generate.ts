// Registration files for the differential test: valid bases of every Source × Scenario, then
// mutations of every key (types, bounds, notation, missing / extra / case-changed / duplicate
// keys, arrays, encodings, BOM, comments, trailing commas, nulls, nesting, long strings, illegal
// name characters). Documents are lists of raw members so a mutation can write any notation.
import fc from 'fast-check';

export interface GeneratedFile {
  /** What was done to the base, for failure reports. */
  label: string;
  bytes: Uint8Array;
}

interface Doc {
  members: [key: string, value: string][];
  eol: string;
  /** Text edits applied after serialising (comments, trailing commas...). */
  after?: (text: string) => string;
  encoding: 'ascii' | 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'utf16be-bom' | 'utf16le';
}

const q = (s: string): string => JSON.stringify(s);

const SOURCES_SCENARIOS: [string, string][] = [
  ['Store', 'Update'],
  ['Store', 'Acquisition'],
  ['Store', 'StubAcquisition'],
  ['CustomURL', 'Acquisition'],
  ['CustomURL', 'StubAcquisition'],
  ['CustomURL', 'Update'],
];

const OPTIONAL: [string, string][] = [
  ['MaxRetryCount', '3'],
  ['TimeoutDurationInMinutes', '15'],
  ['IncludedRegions', '["US", "GB"]'],
  ['IncludedEditions', '[48, 101]'],
  ['Architecture', '"amd64"'],
  ['MinimumAllowedBuildVersion', '22000'],
  ['SkipIfPresent', 'true'],
  ['AllowedInOobe', 'true'],
  ['Priority', '10'],
];

export const INTEGER_KEYS = ['RegistrationVersion', 'MaxRetryCount', 'TimeoutDurationInMinutes', 'MinimumAllowedBuildVersion', 'Priority'];
const BOOLEAN_KEYS = ['SkipIfPresent', 'AllowedInOobe', 'HonorDeprovisioning'];
const ARRAY_KEYS = ['IncludedRegions', 'ExcludedRegions', 'IncludedEditions', 'ExcludedEditions'];
export const ALL_KEYS = ['OEMName', 'UpdaterName', 'PFN', 'RegistrationVersion', 'Source', 'Scenario', 'ProductId', 'Endpoint', ...OPTIONAL.map(([k]) => k), 'ExcludedRegions', 'ExcludedEditions', 'HonorDeprovisioning'];

function base(source: string, scenario: string, optional: boolean[]): Doc {
  const members: [string, string][] = [
    ['OEMName', q('Contoso')],
    ['UpdaterName', q('PhotoEditor')],
    ['PFN', q('Contoso.PhotoEditor_8wekyb3d8bbwe')],
    ['RegistrationVersion', '1'],
    ['Source', q(source)],
    ['Scenario', q(scenario)],
  ];
  members.push(source === 'Store' ? ['ProductId', q('9NBLGGH4NNS1')] : ['Endpoint', q('https://downloads.contoso.com/photo.msixbundle')]);
  OPTIONAL.forEach((m, i) => optional[i] && members.push([...m]));
  if (scenario !== 'Update' && optional[0]) members.push(['HonorDeprovisioning', 'true']);
  return { members, eol: '\n', encoding: 'ascii' };
}

function serialise(doc: Doc): string {
  const body = doc.members.map(([k, v]) => `  ${k}: ${v}`).join(`,${doc.eol}`);
  const text = `{${doc.eol}${body}${doc.eol}}${doc.eol}`;
  return doc.after ? doc.after(text) : text;
}

function encode(text: string, encoding: Doc['encoding']): Uint8Array {
  const utf8 = new TextEncoder().encode(text);
  if (encoding === 'ascii' || encoding === 'utf8') return utf8;
  if (encoding === 'utf8-bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
  const mark = encoding === 'utf16le' ? 0 : 2;
  const out = new Uint8Array(mark + text.length * 2);
  if (mark) out.set(encoding === 'utf16le-bom' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const [lo, hi] = [c & 0xff, c >> 8];
    out.set(encoding === 'utf16be-bom' ? [hi, lo] : [lo, hi], mark + i * 2);
  }
  return out;
}

const keyIndex = (doc: Doc, key: string): number => doc.members.findIndex(([k]) => k === q(key) || k === key);

/** Sets `key` to a raw value (adding it when absent). */
function setValue(doc: Doc, key: string, value: string): void {
  const i = keyIndex(doc, key);
  if (i >= 0) doc.members[i][1] = value;
  else doc.members.push([q(key), value]);
}

function nest(depth: number, inner: string): string {
  return '['.repeat(depth) + inner + ']'.repeat(depth);
}

/** Values that stress one key: types, bounds, notation, arrays, nulls, nesting, long strings. */
function valuesFor(key: string): string[] {
  const common = ['null', 'true', '"x"', '""', '[]', '{}', '0', '-1', '1.5', '[null]', nest(3, '1'), '{"a": {"b": 1}}'];
  if (INTEGER_KEYS.includes(key)) {
    return [...common, '1', '2', '3', '5', '6', '30', '31', '100', '101', '100000', '100001', '3.0', '1e1', '1E0', '50.0', '1.0e0', '3.', '"3"', '[3]', '2147483647', '2147483648', '9223372036854775807', '9223372036854775808', '18446744073709551616', '-9223372036854775809', '1e400', 'NaN', 'Infinity'];
  }
  if (ARRAY_KEYS.includes(key)) {
    const regions = ['["US"]', '["us"]', '["US", "US"]', '["US", "us"]', '["XK"]', '["UK"]', '["USA"]', '["US", 1]', '"US"', '[["US"]]', '["\\/Date(0)\\/"]'];
    const editions = ['[48]', '[48, 48]', '[48.0]', '[4.8e1]', '["48"]', '[0]', '[999999]', '[7]', '[2147483648]', '[48, null]', '48'];
    return [...common, ...(key.endsWith('Regions') ? regions : editions)];
  }
  if (BOOLEAN_KEYS.includes(key)) return [...common, 'false', '"true"', '"false"', '1', '[true]', 'True'];
  const longName = q('A'.repeat(300));
  const names = ['"Contoso"', '"Con toso"', '"Contoso!"', '"Contoso\\n"', '"Contoso\\r\\n"', '"Con/toso"', '"Contoso."', '"_-"', '"\\u0043ontoso"', longName, '"\\/Date(0)\\/"', '["Contoso"]', '5'];
  if (key === 'OEMName' || key === 'UpdaterName') return [...common, ...names];
  if (key === 'PFN') return [...common, '"Contoso.PhotoEditor_8wekyb3d8bbwe"', '"contoso.photoeditor_8WEKYB3D8BBWE"', '"Contoso"', '"Contoso.PhotoEditor_8wekyb3d8bbw"', q('Contoso.' + 'P'.repeat(60) + '_8wekyb3d8bbwe'), '"\\/Date(0)\\/"', '["Contoso.PhotoEditor_8wekyb3d8bbwe"]'];
  if (key === 'ProductId') return [...common, '"9NBLGGH4NNS1"', '" "', '"\\/Date(0)\\/"', '["9NBLGGH4NNS1"]', '0.0', '[""]', '[[""]]', '[[]]'];
  if (key === 'Endpoint') return [...common, '"https://downloads.contoso.com/a.msix"', '"HTTPS://downloads.contoso.com/a.msix"', '"http://downloads.contoso.com/a.msix"', '"https://"', '"ftp://x"', '["https://downloads.contoso.com/a.msix"]', '[["https://downloads.contoso.com/a.msix"]]', '"https://a b"'];
  if (key === 'Source') return [...common, '"Store"', '"CustomURL"', '"store"', '"STORE"', '"customurl"', '"Custom URL"', '["Store"]', '["CustomURL"]', '"Store "'];
  if (key === 'Scenario') return [...common, '"Update"', '"Acquisition"', '"StubAcquisition"', '"update"', '"ACQUISITION"', '"stubacquisition"', '["Update"]', '"Install"'];
  if (key === 'Architecture') return [...common, '"amd64"', '"arm64"', '"AMD64"', '"Arm64"', '"x86"', '"x64"', '["amd64"]'];
  return common;
}

/** Key spellings: case changes, OrdinalIgnoreCase folds (ı, ſ) raw and escaped, unquoted and single-quoted names. */
function keySpellingsFor(key: string): string[] {
  const out = [q(key.toLowerCase()), q(key.toUpperCase()), key, `'${key}'`];
  if (/i/.test(key)) out.push(q(key.replace('i', '\u0131')), `"${key.replace('i', '\\u0131')}"`);
  if (/s/i.test(key)) out.push(`"${key.replace(/s/i, '\\u017f')}"`);
  return out;
}

type Mutation = { label: string; apply: (doc: Doc) => void };

function keyMutations(key: string): Mutation[] {
  const out: Mutation[] = valuesFor(key).map((v) => ({ label: `${key} = ${v.length > 40 ? v.slice(0, 40) + '…' : v}`, apply: (d) => setValue(d, key, v) }));
  out.push({ label: `${key} missing`, apply: (d) => { const i = keyIndex(d, key); if (i >= 0) d.members.splice(i, 1); } });
  for (const spelling of keySpellingsFor(key)) {
    out.push({ label: `${key} spelled ${spelling}`, apply: (d) => { const i = keyIndex(d, key); if (i >= 0) d.members[i][0] = spelling; else d.members.push([spelling, valuesFor(key)[2]]); } });
    out.push({ label: `${key} and ${spelling} both`, apply: (d) => { const i = keyIndex(d, key); d.members.push([spelling, i >= 0 ? d.members[i][1] : '1']); } });
  }
  out.push({ label: `${key} twice`, apply: (d) => { const i = keyIndex(d, key); if (i >= 0) d.members.push([...d.members[i]]); } });
  out.push({ label: `${key} inside a nested object`, apply: (d) => d.members.push(['"Extra"', `{${q(key)}: 1}`]) });
  out.push({ label: `${key} written \\"${key}\\": inside a string`, apply: (d) => d.members.push(['"Notes"', `"a \\"${key}\\": b"`]) });
  out.push({ label: `${key} twice inside strings`, apply: (d) => d.members.push(['"Notes"', `"\\"${key}\\": 1, \\"${key}\\": 2"`]) });
  return out;
}

const DOCUMENT_MUTATIONS: Mutation[] = [
  { label: 'CRLF line ends', apply: (d) => { d.eol = '\r\n'; } },
  { label: 'UTF-16LE with BOM (Out-File)', apply: (d) => { d.encoding = 'utf16le-bom'; d.eol = '\r\n'; } },
  { label: 'UTF-16BE with BOM', apply: (d) => { d.encoding = 'utf16be-bom'; } },
  { label: 'UTF-16LE without BOM (Get-Content reads it as ANSI)', apply: (d) => { d.encoding = 'utf16le'; } },
  { label: 'UTF-8 with BOM', apply: (d) => { d.encoding = 'utf8-bom'; } },
  { label: 'non-ASCII in a value (UTF-8, read as ANSI)', apply: (d) => { d.encoding = 'utf8'; setValue(d, 'OEMName', '"Contosö"'); } },
  { label: 'a line comment', apply: (d) => { d.after = (t) => t.replace('{', '{ // note'); } },
  { label: 'a block comment', apply: (d) => { d.after = (t) => t.replace('{', '{ /* note */'); } },
  { label: 'a trailing comma', apply: (d) => { d.after = (t) => t.replace(/\s*}\s*$/, ',\n}\n'); } },
  { label: 'a trailing comma in an array', apply: (d) => setValue(d, 'IncludedRegions', '["US",]') },
  { label: 'an unknown key', apply: (d) => d.members.push(['"Prority"', '5']) },
  { label: 'an empty key', apply: (d) => d.members.push(['""', '1']) },
  { label: 'an empty key nested', apply: (d) => d.members.push(['"Extra"', '{"": 1}']) },
  { label: 'a "__type" key', apply: (d) => d.members.push(['"__type"', '"x"']) },
  { label: 'nested duplicate keys', apply: (d) => d.members.push(['"Extra"', '{"a": 1, "A": 2}']) },
  { label: 'escaped duplicate keys', apply: (d) => d.members.push(['"Extra"', '{"a": 1, "\\u0061": 2}']) },
  { label: 'nested 101 deep', apply: (d) => d.members.push(['"Extra"', nest(100, '1')]) },
  { label: 'nested 102 deep', apply: (d) => d.members.push(['"Extra"', nest(101, '1')]) },
  { label: 'nested 103 deep', apply: (d) => d.members.push(['"Extra"', nest(102, '1')]) },
  { label: 'nested 3000 deep', apply: (d) => d.members.push(['"Extra"', nest(3000, '')]) },
  { label: '1000 members', apply: (d) => { for (let i = d.members.length; i < 1000; i++) d.members.push([q(`X${i}`), '1']); } },
  { label: '1001 members', apply: (d) => { for (let i = d.members.length; i < 1001; i++) d.members.push([q(`X${i}`), '1']); } },
  { label: '1001 members nested', apply: (d) => d.members.push(['"Extra"', `{${Array.from({ length: 1001 }, (_, i) => `"k${i}": 1`).join(', ')}}`]) },
  { label: 'a number beyond a Double', apply: (d) => d.members.push(['"Extra"', '1e400']) },
  { label: 'a date beyond DateTime', apply: (d) => d.members.push(['"Extra"', '"\\/Date(999999999999999)\\/"']) },
  { label: 'a date within DateTime', apply: (d) => d.members.push(['"Extra"', '"\\/Date(0)\\/"']) },
  { label: 'root is an array', apply: (d) => { d.after = (t) => `[${t}]`; } },
  { label: 'text after the object', apply: (d) => { d.after = (t) => `${t} x`; } },
  { label: 'empty file', apply: (d) => { d.after = () => ''; } },
  { label: 'Included and Excluded regions', apply: (d) => { setValue(d, 'IncludedRegions', '["US"]'); setValue(d, 'ExcludedRegions', '["GB"]'); } },
  { label: 'Included and Excluded editions', apply: (d) => { setValue(d, 'IncludedEditions', '[48]'); setValue(d, 'ExcludedEditions', '[101]'); } },
  { label: 'HonorDeprovisioning with Update', apply: (d) => { setValue(d, 'HonorDeprovisioning', 'true'); setValue(d, 'Scenario', '"update"'); } },
];

function finish(label: string, doc: Doc): GeneratedFile {
  return { label, bytes: encode(serialise(doc), doc.encoding) };
}

const quoteKeys = (doc: Doc): Doc => ({ ...doc, members: doc.members.map(([k, v]) => [q(k), v]) });

/**
 * Every base once, every key mutation and document mutation on a base, then random combinations of
 * two or three mutations (fast-check, fixed seed) up to `total` files.
 */
export function generateFiles(total: number, seed = 20260212): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const bases = SOURCES_SCENARIOS.map(([source, scenario], i) => ({ label: `${source}/${scenario}`, make: () => quoteKeys(base(source, scenario, OPTIONAL.map((_, j) => (i + j) % 2 === 0))) }));
  for (const b of bases) files.push(finish(b.label, b.make()));
  const mutations = [...ALL_KEYS.flatMap(keyMutations), ...DOCUMENT_MUTATIONS];
  mutations.forEach((m, i) => {
    const b = bases[i % bases.length];
    const doc = b.make();
    m.apply(doc);
    files.push(finish(`${b.label}: ${m.label}`, doc));
  });
  const combination = fc.record({
    base: fc.nat({ max: bases.length - 1 }),
    optional: fc.array(fc.boolean(), { minLength: OPTIONAL.length, maxLength: OPTIONAL.length }),
    steps: fc.array(fc.nat({ max: mutations.length - 1 }), { minLength: 2, maxLength: 3 }),
  });
  const remaining = Math.max(0, total - files.length);
  for (const c of fc.sample(combination, { seed, numRuns: remaining })) {
    const [source, scenario] = SOURCES_SCENARIOS[c.base];
    const doc = quoteKeys(base(source, scenario, c.optional));
    for (const s of c.steps) mutations[s].apply(doc);
    files.push(finish(`${source}/${scenario}: ${c.steps.map((s) => mutations[s].label).join(' + ')}`, doc));
  }
  return files;
}
