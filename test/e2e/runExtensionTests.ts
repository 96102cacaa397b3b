// Runs the extension-host suites (test/e2e/suite/*.e2e.ts) in a real VS Code.
//   default:            code-server (VS Code 1.100.3) through test/e2e/launcher, no download needed
//   E2E_VSCODE=desktop: a desktop VS Code that @vscode/test-electron downloads
//   E2E_VSCODE_PATH=…:  a desktop VS Code executable already installed
// The tests run against a temporary copy of examples/, with a fresh Wine prefix as the apply target.
// Usage: node --import tsx test/e2e/runExtensionTests.ts
import { runTests } from '@vscode/test-electron';
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWinePrefix, wineAvailable, type WinePrefix } from '../helpers/winePrefix';
import { prepareUserData, repoRoot } from './support/codeServer';

const suiteSource = join(repoRoot, 'test', 'e2e', 'suite');
const suiteOut = join(repoRoot, 'out', 'test', 'e2e', 'suite');
const launcher = join(repoRoot, 'test', 'e2e', 'launcher', 'code-server-launcher.js');

async function buildSuites(): Promise<void> {
  rmSync(suiteOut, { recursive: true, force: true });
  const entryPoints = readdirSync(suiteSource)
    .filter((name) => name === 'index.ts' || name.endsWith('.e2e.ts'))
    .map((name) => join(suiteSource, name));
  await esbuild.build({
    entryPoints,
    outdir: suiteOut,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}

async function main(): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), 'expedite-e2e-host-'));
  const workspace = join(scratch, 'examples');
  cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
  const profile = join(repoRoot, '.vscode-test', 'e2e-host');
  rmSync(profile, { recursive: true, force: true });
  const userDataDir = join(profile, 'user-data');
  const extensionsDir = join(profile, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });

  let prefix: WinePrefix | undefined;
  try {
    const [, bootedPrefix] = await Promise.all([buildSuites(), wineAvailable() ? createWinePrefix() : Promise.resolve(undefined)]);
    prefix = bootedPrefix;
    prepareUserData(userDataDir, extensionsDir, {
      'expeditedApps.target': prefix ? 'wine' : 'dry-run',
      'expeditedApps.wine.prefix': prefix?.dir ?? '',
      'expeditedApps.apply.confirm': false,
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
    });

    const desktopPath = process.env.E2E_VSCODE_PATH;
    const useDownload = process.env.E2E_VSCODE === 'desktop';
    return await runTests({
      vscodeExecutablePath: useDownload ? undefined : (desktopPath ?? launcher),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(suiteOut, 'index.js'),
      launchArgs: [workspace, `--user-data-dir=${userDataDir}`, `--extensions-dir=${extensionsDir}`],
      extensionTestsEnv: {
        EXPEDITE_REPO_ROOT: repoRoot,
        EXPEDITE_NODE: process.execPath,
        EXPEDITE_E2E_WINEPREFIX: prefix?.dir ?? '',
      },
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    if (process.env.E2E_VSCODE === 'desktop') {
      console.error('(a desktop VS Code could not be downloaded or run: without E2E_VSCODE=desktop the tests run in code-server)');
    }
    return 1;
  } finally {
    await prefix?.dispose();
    rmSync(scratch, { recursive: true, force: true });
  }
}

void main().then((code) => process.exit(code));
