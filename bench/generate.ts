// Deterministic inputs for the benchmarks: a regedit-style export, the same data as JSON,
// registration files, and a .reg with many UScheduler_OOBE registrations.
import { ORCHESTRATOR_KEY } from '../core/registry/orchestratorKey';

/** A tiny deterministic PRNG (mulberry32) so every run measures the same text. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Contoso', 'Fabrikam', 'Northwind', 'Settings', 'Policies', 'Explorer', 'Shell', 'Update', 'Cache', 'Display'];

function hexBytes(next: () => number, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(Math.floor(next() * 256).toString(16).padStart(2, '0'));
  return out;
}

/** regedit wraps hex data at 80 columns with `,\` and two-space indented continuation lines. */
function wrapHex(prefix: string, bytes: string[]): string {
  let line = prefix;
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const piece = bytes[i] + (i < bytes.length - 1 ? ',' : '');
    if (line.length + piece.length > 77 && i < bytes.length - 1) {
      lines.push(line + '\\');
      line = '  ';
    }
    line += piece;
  }
  lines.push(line);
  return lines.join('\r\n');
}

export interface GeneratedExport {
  reg: string;
  /** The same keys and values as a JSON document (for the jsonc-parser peer). */
  json: string;
}

/** About `keys` keys of regedit output: escaped strings, dwords, continued hex, hex(7). */
export function generateRegExport(keys: number, seed = 1): GeneratedExport {
  const next = rng(seed);
  const reg: string[] = ['Windows Registry Editor Version 5.00', ''];
  const json: Record<string, Record<string, unknown>> = {};
  for (let k = 0; k < keys; k++) {
    const path = `HKEY_LOCAL_MACHINE\\SOFTWARE\\${WORDS[k % 10]}\\${WORDS[(k >> 3) % 10]}\\Key${k}`;
    const values: Record<string, unknown> = {};
    reg.push(`[${path}]`);
    const s = `C:\\\\Program Files\\\\${WORDS[k % 7]}\\\\app${k}.exe \\"--flag\\" ${Math.floor(next() * 1e6)}`;
    reg.push(`"Path"=${'"'}${s}"`);
    values.Path = s;
    const d = Math.floor(next() * 0xffffffff);
    reg.push(`"Flags"=dword:${d.toString(16).padStart(8, '0')}`);
    values.Flags = d;
    const bin = hexBytes(next, 12 + Math.floor(next() * 16));
    reg.push(wrapHex('"Blob"=hex:', bin));
    values.Blob = bin.join('');
    const multi = hexBytes(next, 12).map((b) => (parseInt(b, 16) % 26 + 97).toString(16));
    const multiBytes = multi.flatMap((b) => [b, '00']).concat(['00', '00', '00', '00']);
    reg.push(wrapHex('"List"=hex(7):', multiBytes));
    values.List = multiBytes.join('');
    reg.push('');
    json[path] = values;
  }
  return { reg: reg.join('\r\n'), json: JSON.stringify(json, null, 1) };
}

const REGIONS = ['US', 'GB', 'DE', 'FR', 'JP', 'KR', 'CN', 'IN', 'BR', 'CA'];

export function publisherId(next: () => number): string {
  const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
  const last = '02468acegjmprtwy';
  let id = '';
  for (let i = 0; i < 12; i++) id += alphabet[Math.floor(next() * 32)];
  return id + last[Math.floor(next() * 16)];
}

/** A valid registration file (the file form), varied by `i`. */
export function registrationFile(i: number, next: () => number): string {
  const store = i % 2 === 0;
  const doc: Record<string, unknown> = {
    PFN: `Contoso.App${i}_${publisherId(next)}`,
    OEMName: 'Contoso',
    UpdaterName: `App${i}`,
    RegistrationVersion: 1,
    Source: store ? 'Store' : 'CustomURL',
    Scenario: store ? 'Update' : 'Acquisition',
    ...(store ? { ProductId: `9NBLGGH${(4000 + i).toString(36).toUpperCase().padStart(5, '0')}` } : { Endpoint: `https://downloads.contoso.com/apps/app${i}.msixbundle` }),
    AllowedInOobe: i % 3 === 0,
    MaxRetryCount: 1 + (i % 5),
    TimeoutDurationInMinutes: 5 + (i % 25),
    Priority: 1 + (i % 100),
    ExcludedRegions: [REGIONS[i % 10], REGIONS[(i + 3) % 10]],
    IncludedEditions: [48, 101],
  };
  return JSON.stringify(doc, null, 2);
}

/** A .reg with `count` valid UScheduler_OOBE registrations (the registry form). */
export function registrationsReg(count: number, seed = 7): string {
  const next = rng(seed);
  const lines = ['Windows Registry Editor Version 5.00', ''];
  for (let i = 0; i < count; i++) {
    const payload = {
      PFN: `Fabrikam.Tool${i}_${publisherId(next)}`,
      Endpoint: `https://cdn.fabrikam.com/tools/tool${i}.msixbundle`,
      AllowedInOobe: i % 2 === 0,
      MaxRetryCount: 1 + (i % 5),
      TimeoutDurationInMinutes: 10 + (i % 20),
      ExcludedRegions: [REGIONS[i % 10]],
    };
    const escaped = JSON.stringify(payload).replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    lines.push(`[${ORCHESTRATOR_KEY}\\Fabrikam_Tool${i}]`);
    lines.push(`"updaterPriority"=dword:${(1 + (i % 100)).toString(16).padStart(8, '0')}`);
    lines.push(`"expeditedPayload"="${escaped}"`);
    lines.push('');
  }
  return lines.join('\r\n');
}
