// Fails when an import runs from a lower layer to a higher one (run by `npm run lint`).
// Layers, lowest first:
//   core/rules < core/<area> < node/ < backends/ < server/, cli/ < client/
// Within core/, areas import each other only along CORE_AREA_IMPORTS (today's graph, with
// core/diagnostics → core/analyze removed); core/ imports nothing outside core/ but the JSON
// schemas, and no Node.js built-in, `vscode` or LSP package (it is pure: text in, findings out).
// Usage: node scripts/check-layers.mjs   (prints each offending import with file and line)
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');

/** Rank of each layer; equal ranks (server, cli) must not import each other. */
const LAYERS = [
  { name: 'core/rules', rank: 0, owns: (p) => p.startsWith('core/rules/') },
  { name: 'core', rank: 1, owns: (p) => p.startsWith('core/') },
  { name: 'node', rank: 2, owns: (p) => p.startsWith('node/') },
  { name: 'backends', rank: 3, owns: (p) => p.startsWith('backends/') },
  { name: 'server', rank: 4, owns: (p) => p.startsWith('server/') },
  { name: 'cli', rank: 4, owns: (p) => p.startsWith('cli/') },
  { name: 'client', rank: 5, owns: (p) => p.startsWith('client/') },
];

/** Which core areas each core area may import (a file directly in core/ is an area of its own name). */
const CORE_AREA_IMPORTS = {
  analyze: ['diagnostics', 'documentKinds', 'json', 'model', 'reg', 'registry', 'text', 'workspace'],
  convert: ['analyze', 'diagnostics', 'json', 'model', 'reg', 'registry'],
  data: [],
  diagnostics: ['text'],
  documentBytes: ['documentKinds', 'reg'],
  documentKinds: [],
  intel: ['analyze', 'convert', 'data', 'diagnostics', 'json', 'model', 'reg', 'registry'],
  json: ['data', 'diagnostics', 'model', 'reg'],
  model: ['diagnostics'],
  reg: ['diagnostics', 'text'],
  registry: ['diagnostics', 'json', 'model', 'reg', 'text'],
  simulate: ['data', 'diagnostics', 'model'],
  text: ['diagnostics'],
  workspace: ['diagnostics', 'model', 'text'],
};

/**
 * Imports known to run the wrong way while work in progress removes them, as `file -> target`
 * (e.g. 'core/diagnostics/catalogue.ts -> core/json/codes.ts' until the rules moved into
 * core/rules/). Any other offence fails; an entry that no longer matches is reported.
 */
const KNOWN = new Set([]);

/** Packages only the editor side may use, and which layers may use them. */
const PACKAGE_LAYERS = [
  { test: (m) => m === 'vscode', allowed: ['client'] },
  { test: (m) => m.startsWith('vscode-languageclient'), allowed: ['client'] },
  { test: (m) => /^vscode-languageserver(-protocol)?($|\/)/.test(m), allowed: ['server'] },
];
/** The rule documentation and the only layers that may import it (scripts/ and test/ are not checked). */
const RULE_DOCS = 'core/rules/docs/';
const RULE_DOCS_READERS = ['cli'];

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

const toSlashes = (p) => p.split(sep).join('/');
const layerOf = (path) => LAYERS.find((l) => l.owns(path));
const coreArea = (path) => {
  const parts = path.split('/');
  return parts.length > 2 ? parts[1] : parts[1].replace(/\.ts$/, '');
};

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const child = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(child));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(child);
  }
  return out;
}

/** The repository path an import names: `x` for `./x`, `./x.ts`, `./x/index.ts`. */
function resolveImport(from, specifier) {
  const base = toSlashes(relative(ROOT, resolve(ROOT, dirname(from), specifier)));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) {
    try {
      readFileSync(join(ROOT, candidate));
      return candidate;
    } catch {
      // Try the next form.
    }
  }
  return base;
}

/** Why `from` (a file of `layer`) must not import `target`, or undefined when it may. */
export function offence(from, layer, specifier, target) {
  if (target === undefined) {
    const pkg = PACKAGE_LAYERS.find((p) => p.test(specifier));
    if (pkg && !pkg.allowed.includes(layer.name)) return `${layer.name}/ must not use ${specifier} (only ${pkg.allowed.join(', ')}/)`;
    if (layer.rank <= 1 && NODE_BUILTINS.has(specifier)) return `core/ is pure: no Node.js built-in (${specifier}); disk and processes belong in node/ or above`;
    return undefined;
  }
  const to = layerOf(target);
  if (!to) {
    if ((target.startsWith('schemas/') || target.startsWith('l10n/')) && target.endsWith('.json')) return undefined; // Data every layer may read.
    return `${layer.name}/ imports ${target}, which is outside the layers`;
  }
  if (target.startsWith(RULE_DOCS) && !from.startsWith(RULE_DOCS) && !RULE_DOCS_READERS.includes(layer.name)) {
    return `${layer.name}/ must not import the rule documentation (${RULE_DOCS}): only ${RULE_DOCS_READERS.join(', ')}/, scripts/ and test/ read it, and it would grow the bundles`;
  }
  if (to.rank > layer.rank) return `${layer.name}/ (a lower layer) imports ${to.name}/ (a higher one)`;
  if (to.rank === layer.rank && to.name !== layer.name) return `${layer.name}/ and ${to.name}/ are side by side and must not import each other (move the shared part down, e.g. into node/)`;
  if (layer.name === 'core' && to.name === 'core') {
    const a = coreArea(from);
    const b = coreArea(target);
    if (a !== b && !(CORE_AREA_IMPORTS[a] ?? []).includes(b)) {
      return `core/${a} may import only ${(CORE_AREA_IMPORTS[a] ?? []).map((x) => `core/${x}`).join(', ') || 'nothing of the other core areas'}, not core/${b} (add the edge to CORE_AREA_IMPORTS in scripts/check-layers.mjs only if it keeps the graph free of cycles)`;
    }
  }
  return undefined;
}

export function checkLayers() {
  const problems = [];
  const knownSeen = new Set();
  const files = LAYERS.map((l) => l.name.split('/')[0])
    .filter((d, i, all) => all.indexOf(d) === i)
    .flatMap((dir) => sourceFiles(dir));
  for (const file of files) {
    const layer = layerOf(file);
    const text = readFileSync(join(ROOT, file), 'utf8');
    const lineStarts = ts.computeLineStarts(text);
    for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
      const specifier = imported.fileName;
      const target = specifier.startsWith('.') ? resolveImport(file, specifier) : undefined;
      const why = offence(file, layer, specifier, target);
      if (!why) continue;
      const key = `${file} -> ${target}`;
      if (KNOWN.has(key)) {
        knownSeen.add(key);
        continue;
      }
      const line = ts.computeLineAndCharacterOfPosition(lineStarts, imported.pos).line + 1;
      problems.push(`${file}:${line}: import '${specifier}': ${why}`);
    }
  }
  const stale = [...KNOWN].filter((k) => !knownSeen.has(k));
  return { problems, stale, files: files.length };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const { problems, stale, files } = checkLayers();
  for (const k of stale) console.warn(`check-layers: the known import ${k} is gone: remove it from KNOWN in scripts/check-layers.mjs`);
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(`check-layers: ${problems.length} import(s) run against the layers (scripts/check-layers.mjs explains them)`);
    process.exit(1);
  }
  console.log(`check-layers: ${files} files, every import follows the layers`);
}
