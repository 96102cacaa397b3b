#!/usr/bin/env node
// Stands in for a desktop VS Code executable: `runTests({ vscodeExecutablePath })` of
// @vscode/test-electron (or @vscode/test-cli's `useInstallation.fromPath`) can point here, and
// the extension tests run inside code-server in headless Chromium instead. See launch.ts.
require('tsx/cjs/api').register();
require('./launch.ts');
