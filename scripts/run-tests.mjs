// Runs every *.test.ts below the given folders with Node's test runner (TypeScript through tsx).
// Usage: node scripts/run-tests.mjs test/unit [more folders or files...] [-- extra node --test flags]
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const sep = args.indexOf('--');
const targets = sep < 0 ? args : args.slice(0, sep);
const extra = sep < 0 ? [] : args.slice(sep + 1);

function collect(path, out) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) collect(join(path, name), out);
  } else if (path.endsWith('.test.ts')) {
    out.push(path);
  }
  return out;
}

const files = targets.flatMap((t) => collect(t, []));
if (files.length === 0) {
  console.error(`no test files under ${targets.join(' ')}`);
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY ?? '2';
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...extra, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
