// Growth benchmark: how the cost of each input shape grows with its size. Each shape runs at n, 2n,
// 4n and 8n; the exponent is the least-squares slope of log(time) over log(size) (1 = linear,
// 2 = quadratic), in CPU time. Runs inside `npm run bench`, or alone: `node --import tsx bench/growth.ts`.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeDocument } from '../core/analyze';
import { clearPayloadCache } from '../core/registry/payload';
import { simulate } from '../core/simulate';
import type { CodeActionParams } from 'vscode-languageserver/node';
import { codeActionsFor } from '../server/features/codeActions';
import { diagnosticsOf } from '../server/features/diagnostics';
import type { ServerContext } from '../server/context';
import { LineIndex } from '../core/text/lineIndex';
import { publisherId, rng } from './generate';
import { ORCHESTRATOR_KEY } from '../core/registry/orchestratorKey';

export const GROWTH_EXPONENT_GOAL = 1.3;

interface Shape {
  name: string;
  /** The key of its exponent in the bench results. */
  key: string;
  /**
   * The smallest size measured (then 2n, 4n, 8n): large enough that the work dominates the timer
   * and a quadratic step shows (8n costs 8 times n when linear, 64 times when quadratic),
   * small enough that every shape measures in seconds.
   */
  n: number;
  /** Builds the input of size `size` (not timed), returns the work to time. */
  prepare(size: number): () => unknown;
}

const REG_HEADER = 'Windows Registry Editor Version 5.00\r\n\r\n';
const OOBE = ORCHESTRATOR_KEY;

/** A registration file with `size` unknown keys beside the known ones. */
export function jsonWithUnknownKeys(size: number): string {
  const doc: Record<string, unknown> = { PFN: 'Contoso.App_8wekyb3d8bbwe', OEMName: 'Contoso', UpdaterName: 'App', RegistrationVersion: 1, Source: 'Store', ProductId: '9NBLGGH4R315' };
  for (let i = 0; i < size; i++) doc[`Custom${i}`] = i;
  return JSON.stringify(doc, null, 2);
}

/** `size` registrations, then `size` deletions of other keys (the importer replays both). */
export function regWithDeletionsAfterRegistrations(size: number): string {
  const lines: string[] = [];
  for (let i = 0; i < size; i++) lines.push(`[${OOBE}\\App${i}]`, '"updaterPriority"=dword:00000001', `"expeditedPayload"="{\\"PFN\\":\\"Contoso.App${i}_8wekyb3d8bbwe\\"}"`, '');
  for (let i = 0; i < size; i++) lines.push(`[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Old${i}]`, '');
  return REG_HEADER + lines.join('\r\n');
}

/** A registration file repeating one key `size` times: one fixable duplicate-key finding each. */
export function jsonWithFixableDuplicates(size: number): string {
  const members = ['"PFN": "Contoso.App_8wekyb3d8bbwe"', '"UpdaterName": "App"'];
  for (let i = 0; i < size; i++) members.push('"OEMName": "Contoso"');
  return `{\n  ${members.join(',\n  ')}\n}\n`;
}

/** `size` registrations of one package (each a hazard naming the others). */
export function regSharingOnePfn(size: number): string {
  const next = rng(11);
  const pfn = `Contoso.Shared_${publisherId(next)}`;
  const lines: string[] = [];
  for (let i = 0; i < size; i++) lines.push(`[${OOBE}\\Shared${i}]`, `"updaterPriority"=dword:${(1 + (i % 50)).toString(16).padStart(8, '0')}`, `"expeditedPayload"="{\\"PFN\\":\\"${pfn}\\",\\"Endpoint\\":\\"https://cdn.contoso.com/a${i}.msix\\"}"`, '');
  return REG_HEADER + lines.join('\r\n');
}

/** A server context over one document, enough for the code action and diagnostics features. */
function contextOf(uri: string, text: string): ServerContext {
  const analysis = analyzeDocument({ path: uri, text, languageId: 'json' });
  const entry = { analysis, lines: new LineIndex(text) };
  return {
    findings: () => entry.analysis.findings,
    lineIndex: () => entry.lines,
    analysis: () => entry.analysis,
    lineIndexOfPath: () => entry.lines,
  } as unknown as ServerContext;
}

export const SHAPES: Shape[] = [
  {
    name: 'JSON: unknown keys',
    key: 'growthExponentJsonUnknownKeys',
    n: 1000,
    prepare: (size) => {
      const text = jsonWithUnknownKeys(size);
      return () => analyzeDocument({ path: 'updater_Growth.json', text });
    },
  },
  {
    name: 'JSON: duplicate keys',
    key: 'growthExponentJsonDuplicateKeys',
    n: 4000,
    prepare: (size) => {
      const text = jsonWithFixableDuplicates(size);
      return () => analyzeDocument({ path: 'updater_Growth.json', text });
    },
  },
  {
    name: '.reg: deletions after registrations',
    key: 'growthExponentRegDeletions',
    n: 1000,
    prepare: (size) => {
      const text = regWithDeletionsAfterRegistrations(size);
      // Cold every time: the payload cache holds 4,096 payloads, so warm runs would favour the small sizes.
      return () => {
        clearPayloadCache();
        return analyzeDocument({ path: 'growth.reg', text });
      };
    },
  },
  {
    name: 'code action: diagnostics in context',
    key: 'growthExponentCodeActions',
    n: 4000,
    prepare: (size) => {
      const uri = 'file:///growth/updater_Growth.json';
      const ctx = contextOf(uri, jsonWithFixableDuplicates(size));
      const diagnostics = diagnosticsOf(ctx, uri);
      const params: CodeActionParams = { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics } };
      return () => codeActionsFor(ctx, params);
    },
  },
  {
    name: 'simulate: one PFN, many registrations',
    key: 'growthExponentSimulateSharedPfn',
    n: 1000,
    prepare: (size) => {
      const { registrations } = analyzeDocument({ path: 'growth.reg', text: regSharingOnePfn(size) });
      return () => JSON.stringify(simulate(registrations, {})).length;
    },
  },
];

/**
 * A full garbage collection. Run before each timed run: otherwise a run pays for collecting what
 * earlier runs and sizes left, and that bill grows with the size, so even a plain linear loop that
 * keeps what it builds measured exponents of 1.2 – 2.4 on a loaded machine.
 */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/** CPU time of `fn` in ms: on a loaded machine wall time mostly measures the neighbours. */
function cpuMs(fn: () => unknown): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

/** Least-squares slope of log(y) over log(x). */
export function exponentOf(sizes: readonly number[], values: readonly number[]): number {
  const xs = sizes.map(Math.log);
  const ys = values.map((v) => Math.log(Math.max(v, 1e-6)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}

export interface GrowthResult {
  name: string;
  sizes: number[];
  ms: number[];
  exponent: number;
}

export function measureGrowth(shape: Shape, runs = 5): GrowthResult {
  const sizes = [1, 2, 4, 8].map((k) => shape.n * k);
  const ms = sizes.map((size) => {
    const work = shape.prepare(size);
    work(); // warm-up
    const times = Array.from({ length: runs }, () => {
      collectGarbage();
      return cpuMs(work);
    });
    return Math.min(...times); // the least disturbed run
  });
  return { name: shape.name, sizes, ms, exponent: exponentOf(sizes, ms) };
}

/** Measures every shape, prints one line each, and adds `growthExponent*` keys to `results`. */
export function benchGrowth(results: Record<string, number | null>, log: (line: string) => void = console.log): void {
  for (const shape of SHAPES) {
    const r = measureGrowth(shape);
    const points = r.sizes.map((s, i) => `${s}: ${r.ms[i].toFixed(1)} ms`).join(', ');
    log(`growth of ${r.name}: exponent ${r.exponent.toFixed(2)} (${points})`);
    results[shape.key] = Number(r.exponent.toFixed(2));
  }
}

if (process.argv[1]?.endsWith('growth.ts')) {
  const results: Record<string, number | null> = {};
  benchGrowth(results);
  const worst = Math.max(...Object.values(results).map((v) => v ?? Infinity));
  console.log(`worst exponent ${worst.toFixed(2)}: goal <= ${GROWTH_EXPONENT_GOAL} ${worst <= GROWTH_EXPONENT_GOAL ? 'met' : 'MISSED'}`);
}
