// The extension-host test entry (`extensionTestsPath`): runs every compiled *.e2e.js beside it
// with mocha's tdd UI. Mocha stays outside the bundle and loads from the project's node_modules.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

// Suites that read the whole workspace (the preview, apply) run before the ones that add files to it:
// VS Code keeps a closed document open for a while, and the language server rightly counts open ones.
const order = ['activation', 'diagnostics', 'preview', 'apply', 'completions', 'quickFix', 'encoding'];

function rank(file: string): number {
  const index = order.indexOf(file.replace(/\.e2e\.js$/, ''));
  return index < 0 ? order.length : index;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  if (process.env.E2E_GREP) mocha.grep(process.env.E2E_GREP);
  const files = readdirSync(__dirname).filter((name) => name.endsWith('.e2e.js'));
  for (const file of files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))) {
    mocha.addFile(join(__dirname, file));
  }
  return new Promise((resolveRun, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolveRun()));
  });
}
