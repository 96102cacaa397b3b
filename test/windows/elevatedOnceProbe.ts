// Bundled and run by elevation.test.ts on Windows' node.exe: the editor's elevated batch
// (changeElevatedOnce) with cmd.exe standing in for the UAC prompt, which Wine does not have.
// Prints how many times the "prompt" ran and the report the elevated CLI returned.
import { spawnSync } from 'node:child_process';
import { changeElevatedOnce, type ElevatedRunner } from '../../backends/elevation';

const [backupRoot, ...files] = process.argv.slice(2);
let prompts = 0;
// As sudo-prompt does: the command line runs in cmd.exe (which is what elevatedCommandLine guards against).
const cmdRunner: ElevatedRunner = async (commandLine) => {
  prompts++;
  const run = spawnSync('cmd.exe', ['/d', '/s', '/c', `"${commandLine}"`], { windowsVerbatimArguments: true, encoding: 'utf8' });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
};

void changeElevatedOnce({ program: process.execPath, script: 'C:\\expedite\\cli.js' }, 'apply', files, backupRoot, cmdRunner).then(
  (report) => process.stdout.write(JSON.stringify({ prompts, report })),
  (err: Error) => process.stdout.write(JSON.stringify({ prompts, error: err.message })),
);
