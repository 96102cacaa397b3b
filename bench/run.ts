// `npm run bench [-- --json]`: what users feel, measured against the peers they would otherwise
// rely on, in the same process. Prints a table; with --json the last stdout line is one JSON object.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as jsonc from 'jsonc-parser';
import { getLanguageService, TextDocument as JsonTextDocument } from 'vscode-json-languageservice';
import { analyzeDocument } from '../core/analyze';
import { startBenchServer } from './benchServer';
import { reportFigures } from './goals';
import { DELTA_PARAM } from '../core/diagnostics/delta';
import type { Registration } from '../core/model/registration';
import { generateRegExport, registrationFile, registrationsReg, rng } from './generate';
import { benchGrowth, GROWTH_EXPONENT_GOAL, SHAPES } from './growth';
import { keystrokeCpu } from './keystrokeCpu';

/** The project folder: the bench runs from source (tsx) or bundled into out/bench.js. */
const ROOT = (() => {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'bench', 'generate.ts'))) return dir;
  }
  return resolve(__dirname, '..');
})();
const asJson = process.argv.includes('--json');
const log = (line: string) => (asJson ? process.stderr : process.stdout).write(line + '\n');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeMs(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Several contenders on the same input: runs interleaved (a load spike hits all of them), medians each. */
function interleavedMedians(runs: number, contenders: Array<() => unknown>): number[] {
  contenders.forEach((fn) => fn()); // warm-up
  const times = contenders.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) {
    // No forced collection between runs: a language server parses with the heap it has, and a
    // full GC first makes the next big parse grow the heap again (it then measures heap growth).
    contenders.forEach((fn, i) => times[i].push(timeMs(fn)));
  }
  return times.map(median);
}

const round = (x: number, digits = 2) => Number(x.toFixed(digits));

/** The peer of the parser: one regex per line for keys and values, validating nothing. */
function regexScan(text: string): number {
  const keyRe = /^\[(-?)([^\]]*)\]/;
  const valueRe = /^(?:"((?:[^"\\]|\\.)*)"|@)\s*=\s*(.*)$/;
  let found = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (keyRe.test(line) || valueRe.test(line)) found++;
  }
  return found;
}

function benchParse(results: Record<string, number | null>): string {
  const { reg, json } = generateRegExport(50_000);
  log(`.reg export: ${(reg.length / 1e6).toFixed(1)} M chars, JSON peer: ${(json.length / 1e6).toFixed(1)} M chars`);
  const [ours, regex, jsoncMs] = interleavedMedians(9, [() => analyzeDocument({ path: 'bench.reg', text: reg }), () => regexScan(reg), () => jsonc.parseTree(json)]);
  results.regMcharsPerSec = round(reg.length / 1e6 / (ours / 1000));
  results.regexScanMcharsPerSec = round(regex ? reg.length / 1e6 / (regex / 1000) : 0);
  results.regVsRegexScanRatio = round(regex / ours);
  results.jsoncMcharsPerSec = round(json.length / 1e6 / (jsoncMs / 1000));
  results.regVsJsoncRatio = round(results.regMcharsPerSec / results.jsoncMcharsPerSec);
  return reg;
}

async function benchPayload(results: Record<string, number | null>): Promise<void> {
  const next = rng(3);
  const docs = Array.from({ length: 400 }, (_, i) => registrationFile(i, next));
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/registration.schema.json'), 'utf8'));
  const service = getLanguageService({});
  service.configure({ validate: true, allowComments: false, schemas: [{ uri: 'expedited://registration.schema.json', fileMatch: ['*.json'], schema }] });
  const ours = () => docs.forEach((text, i) => analyzeDocument({ path: `updater_App${i}.json`, text }));
  const peer = async () => {
    for (const [i, text] of docs.entries()) {
      const doc = JsonTextDocument.create(`file:///updater_App${i}.json`, 'json', 1, text);
      await service.doValidation(doc, service.parseJSONDocument(doc));
    }
  };
  // Both sides warm for the same rounds (optimised code, not the first JIT tier), then timed a whole
  // pass of 400 documents at a time (single validations are too short to time one by one), the two
  // sides interleaved so a load spike hits both; the median pass over 15 rounds, per document.
  for (let round = 0; round < 20; round++) {
    ours();
    await peer();
  }
  const oursPasses: number[] = [];
  const peerPasses: number[] = [];
  for (let round = 0; round < 15; round++) {
    oursPasses.push(timeMs(ours));
    const t = process.hrtime.bigint();
    await peer();
    peerPasses.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  results.payloadMicros = round((median(oursPasses) / docs.length) * 1000);
  results.jsonLanguageServiceMicros = round((median(peerPasses) / docs.length) * 1000);
  results.payloadVsJsonLanguageServiceRatio = round(results.jsonLanguageServiceMicros / results.payloadMicros);
}


async function benchIncremental(results: Record<string, number | null>): Promise<void> {
  const text = registrationsReg(1000);
  const { connection, stop, cpuMs } = await startBenchServer(join(ROOT, 'dist/server.js'));
  /** The server's CPU per step over `steps` steps since `from` (null where /proc is not there). */
  const cpuPer = (from: number | undefined, steps: number) => {
    const now = cpuMs();
    return from === undefined || now === undefined ? null : round((now - from) / steps);
  };
  try {
    // Like the extension's client: each pull names the result id of the report it holds for the
    // document, and takes deltas (core/diagnostics/delta.ts).
    const resultIds = new Map<string, string>();
    const pull = async (uri: string) => {
      const params = { textDocument: { uri }, previousResultId: resultIds.get(uri), [DELTA_PARAM]: true };
      const report = (await connection.sendRequest('textDocument/diagnostic', params)) as { kind: string; resultId?: string };
      if (report.resultId) resultIds.set(uri, report.resultId);
      return report;
    };
    const full: number[] = [];
    const fullCpu: number[] = [];
    for (let run = 0; run < 5; run++) {
      const uri = `file:///bench/cold${run}.reg`;
      const cpuFrom = cpuMs();
      const t = process.hrtime.bigint();
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'reg', version: 1, text } });
      await pull(uri);
      full.push(Number(process.hrtime.bigint() - t) / 1e6);
      const cpu = cpuPer(cpuFrom, 1);
      if (cpu !== null) fullCpu.push(cpu);
      await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    const uri = 'file:///bench/typing.reg';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'reg', version: 1, text } });
    await pull(uri);
    // Type one character at a time inside the payload of registration 500.
    const at = text.indexOf('tool500.msixbundle');
    const before = text.slice(0, at);
    const line = before.split(/\r\n/).length - 1;
    const character = at - (before.lastIndexOf('\n') + 1);
    // Steady-state typing: ten unmeasured keystrokes elsewhere let the JIT compile the incremental
    // paths once (their first runs cost 20 – 50 ms each, once per server process), then the median
    // of 40 measured keystrokes.
    const KEYSTROKES = 40;
    const warmAt = text.indexOf('tool100.msixbundle');
    const warmBefore = text.slice(0, warmAt);
    const warm = { line: warmBefore.split(/\r\n/).length - 1, character: warmAt - (warmBefore.lastIndexOf('\n') + 1) };
    let version = 2;
    for (; version < 12; version++) {
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: warm, end: warm }, text: 'w' }] });
      await pull(uri);
    }
    const incremental: number[] = [];
    const incrementalCpuFrom = cpuMs();
    for (const stop = version + KEYSTROKES; version < stop; version++) {
      const t = process.hrtime.bigint();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
      });
      await pull(uri);
      incremental.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    // The same, typing where a finding is: every keystroke changes the diagnostics (a delta: the one new item).
    const pfnAt = text.indexOf('Fabrikam.Tool500_') + 'Fabrikam.Tool500'.length;
    const pfnBefore = text.slice(0, pfnAt);
    const pfnPosition = { line: pfnBefore.split(/\r\n/).length - 1, character: pfnAt - (pfnBefore.lastIndexOf('\n') + 1) };
    const incrementalCpu = cpuPer(incrementalCpuFrom, KEYSTROKES);
    const changing: number[] = [];
    const changingCpuFrom = cpuMs();
    for (const stop = version + KEYSTROKES; version < stop; version++) {
      const t = process.hrtime.bigint();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: pfnPosition, end: pfnPosition }, text: '!' }],
      });
      await pull(uri);
      changing.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const changingCpu = cpuPer(changingCpuFrom, KEYSTROKES);
    results.fullMs = round(median(full));
    results.incrementalChangingFindingsMs = round(median(changing));
    results.incrementalMs = round(median(incremental));
    results.fullServerCpuMs = fullCpu.length ? median(fullCpu) : null;
    results.incrementalServerCpuMs = incrementalCpu;
    results.incrementalChangingFindingsServerCpuMs = changingCpu;
    results.incrementalVsFullRatio = round(results.incrementalMs / results.fullMs, 3);
  } finally {
    stop();
  }
}

async function benchSimulate(results: Record<string, number | null>): Promise<void> {
  const sim = (await import('../core/simulate/index')) as unknown as { simulate: (regs: Registration[], scenario: unknown) => unknown };
  const next = rng(11);
  const regs: Registration[] = Array.from({ length: 10_000 }, (_, i) => ({
    name: `Reg${i}`,
    form: 'registry',
    path: 'bench.reg',
    span: { start: 0, end: 0 },
    nameSpan: { start: 0, end: 0 },
    priority: 1 + Math.floor(next() * 100),
    priorityExplicit: true,
    settings: { PFN: `Fabrikam.Tool${i}_8wekyb3d8bbwe`, Endpoint: 'https://x.example/a.msix', AllowedInOobe: false, MaxRetryCount: 5, TimeoutDurationInMinutes: 15, HonorDeprovisioning: false, SkipIfPresent: false },
    hasErrors: false,
  }));
  const attempts: Record<string, string[]> = {};
  regs.forEach((r, i) => {
    if (i % 3 === 0) attempts[r.name] = ['fail', 'timeout', 'succeed'];
  });
  const scenario = { attempts };
  const [simulateMs, sortMs] = interleavedMedians(9, [() => sim.simulate(regs, scenario), () => [...regs].sort((a, b) => a.priority - b.priority || (a.name < b.name ? -1 : 1))]);
  results.simulate10kMs = round(simulateMs);
  results.sort10kMs = round(sortMs, 3);
  results.simulate10kVsSort10kRatio = round(results.simulate10kMs / results.sort10kMs);
}

function benchSizes(results: Record<string, number | null>): void {
  const kb = (p: string) => (existsSync(p) ? round(statSync(p).size / 1024, 1) : null);
  results.serverBundleKB = kb(join(ROOT, 'dist/server.js'));
  results.clientBundleKB = kb(join(ROOT, 'dist/client.js'));
  // Loaded on the first command, not at activation (client/lazyFeatures.ts).
  results.clientCommandsBundleKB = kb(join(ROOT, 'dist/clientCommands.js'));
  const vsix = join(ROOT, 'expedited-apps.vsix');
  if (!existsSync(vsix) || process.argv.includes('--package')) {
    // `npm run package`: the same vsce flags as every other .vsix of the project.
    spawnSync('npm', ['run', '-s', 'package'], { cwd: ROOT, stdio: 'ignore' });
  }
  results.vsixKB = kb(vsix);
  // Extension activation in a real VS Code, when the end-to-end suite recorded it.
  const activation = join(ROOT, 'test-results/e2e/activation.json');
  results.activationMs = existsSync(activation) ? (JSON.parse(readFileSync(activation, 'utf8')).activationMs ?? null) : null;
}

/** Time for a fresh Node process to load dist/client.js (with a stand-in for the `vscode` module). */
function clientBundleLoadMs(): number {
  const script = `
const Module = require('node:module');
const load = Module._load;
const stub = new Proxy(function () {}, { get: (_t, p) => (p === Symbol.toPrimitive ? () => '' : stub), apply: () => stub, construct: () => stub });
Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
const t = process.hrtime.bigint();
require(${JSON.stringify(join(ROOT, 'dist/client.js'))});
console.log(Number(process.hrtime.bigint() - t) / 1e6);`;
  const out = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return Number(out.stdout.trim());
}

/** What activation costs without VS Code: loading the client bundle, and the server from spawn to its `initialize` result. */
async function benchStartup(results: Record<string, number | null>): Promise<void> {
  results.clientBundleLoadMs = round(median(Array.from({ length: 5 }, clientBundleLoadMs)));
  const starts: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < 5; run++) {
    const t = process.hrtime.bigint();
    const { stop, cpuMs } = await startBenchServer(join(ROOT, 'dist/server.js'));
    starts.push(Number(process.hrtime.bigint() - t) / 1e6);
    const used = cpuMs();
    if (used !== undefined) cpu.push(used);
    stop();
  }
  results.serverStartToInitializeMs = round(median(starts));
  results.serverStartToInitializeCpuMs = cpu.length ? round(median(cpu)) : null;
}

/** Peak RSS growth while parsing the big file, over the file's size in memory (2 bytes a char), in a fresh process. */
function benchMemory(results: Record<string, number | null>, reg: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'expedite-bench-'));
  const file = join(dir, 'big.reg');
  writeFileSync(file, reg);
  const probe = join(dir, 'probe.ts');
  writeFileSync(
    probe,
    `import { readFileSync } from 'node:fs';
import { analyzeDocument } from ${JSON.stringify(join(ROOT, 'core/analyze'))};
const text = readFileSync(${JSON.stringify(file)}, 'utf8');
analyzeDocument({ path: 'warm.reg', text: text.slice(0, 10000) });
(globalThis as any).gc?.();
const base = process.memoryUsage().rss;
const doc = analyzeDocument({ path: 'big.reg', text });
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ growth: Math.max(0, peak - base), size: text.length * 2, findings: doc.findings.length }));
`,
  );
  const out = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', probe], { encoding: 'utf8', cwd: ROOT });
  const last = out.stdout.trim().split('\n').pop();
  if (!last) throw new Error(`the probe printed nothing (exit ${out.status}): ${out.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const parsed = JSON.parse(last) as { growth?: number; size?: number };
  results.peakRssVsFileRatio = parsed.growth !== undefined && parsed.size ? round(parsed.growth / parsed.size) : null;
}

const GOALS: Record<string, [string, number]> = {
  regVsRegexScanRatio: ['>=', 1.0],
  regVsJsoncRatio: ['>=', 5],
  payloadVsJsonLanguageServiceRatio: ['>=', 3],
  incrementalVsFullRatio: ['<=', 0.1],
  simulate10kVsSort10kRatio: ['<=', 50],
  serverBundleKB: ['<=', 800],
  clientBundleKB: ['<=', 300],
  peakRssVsFileRatio: ['<=', 8],
  ...Object.fromEntries(SHAPES.map((shape) => [shape.key, ['<=', GROWTH_EXPONENT_GOAL] as [string, number]])),
};

/**
 * The end-to-end figures (test/e2e/bench/run.ts: typing in the real workbench), when code-server is
 * installed in .vscode-test/code-server. It prints its own table and goals; its JSON line is merged.
 */
function benchEndToEnd(results: Record<string, number | null>): void {
  if (process.argv.includes('--no-e2e')) {
    log('e2e: skipped (--no-e2e)');
    return;
  }
  if (!existsSync(join(ROOT, '.vscode-test', 'code-server', 'node_modules', '.bin', 'code-server')) && !process.env.CODE_SERVER_BIN) {
    log('e2e: skipped (code-server is not installed: scripts/setup.sh)');
    return;
  }
  const out = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/e2e/bench/run.ts'), '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const last = out.stdout.trim().split('\n').pop();
  if (out.status !== 0 || !last) throw new Error(`bench:e2e exited with ${out.status}`);
  Object.assign(results, JSON.parse(last) as Record<string, number | null>);
}

/**
 * Apply + verify on Wine (bench/apply.ts), run from here so that `npm run bench -- --json` hands
 * its flags to this script (npm appends them to the last command of a script only).
 */
function benchApply(results: Record<string, number | null>): void {
  if (process.argv.includes('--no-apply')) {
    log('apply: skipped (--no-apply)');
    return;
  }
  const out = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/apply.ts'), '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const last = out.stdout.trim().split('\n').pop();
  if (out.status !== 0 || !last) throw new Error(`bench:apply exited with ${out.status}`);
  Object.assign(results, JSON.parse(last) as Record<string, number | null>);
}

async function main(): Promise<void> {
  const results: Record<string, number | null> = {};
  const step = async (name: string, fn: () => unknown) => {
    try {
      await fn();
    } catch (err) {
      log(`${name}: failed: ${(err as Error).message}`);
    }
  };
  let reg = '';
  await step('parse', () => (reg = benchParse(results)));
  await step('payload', () => benchPayload(results));
  await step('incremental', () => benchIncremental(results));
  await step('keystroke CPU at 5,000', async () => {
    results.serverCpuMsPerKeystroke5k = (await keystrokeCpu(5000, 20)).cpuMsPerKeystroke;
  });
  await step('simulate', () => benchSimulate(results));
  await step('sizes', () => benchSizes(results));
  await step('startup', () => benchStartup(results));
  await step('memory', () => reg && benchMemory(results, reg));
  // --no-growth: the cost exponents take minutes; leave them out when comparing the other figures.
  if (process.argv.includes('--no-growth')) log('growth: skipped (--no-growth)');
  else await step('growth', () => benchGrowth(results, log));
  await step('apply', () => benchApply(results));
  await step('e2e', () => benchEndToEnd(results));
  reportFigures(results, GOALS, log, asJson);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
