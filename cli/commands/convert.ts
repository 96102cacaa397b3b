// `expedite convert --to reg|file PATH...`: the editor's conversions for pipelines. `--to reg`
// turns registration files (updater_*.json) into .reg files; `--to file` turns each registry-form
// registration of .reg files into a registration file. Existing files are kept unless --force
// (which keeps a backup); a source with errors is not converted.
import * as l10n from '@vscode/l10n';
import { lstat, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { registrationFileFromRegistry } from '../../core/convert/toFile';
import { regFromRegistrationFile } from '../../core/convert/toRegistry';
import { nameProblem, suggestFileNames } from '../../core/intel/conversion';
import type { Message } from '../../core/rules/message';
import { render } from '../../core/rules/render';
import { utf16leWithBom } from '../../backends/tempFiles';
import { choiceOption, flag, parseCommandArgs, stringOption, type OptionSpec } from '../args';
import { resolveCodePage } from '../codepage';
import { describe, displayPath, loadInputs } from '../files';
import { cliLocale } from '../locale';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';
import { writeFileSafely } from '../write';

function help(): string {
  return l10n.t(`usage: expedite convert --to reg|file [--out-dir DIR] [--stdout] [--force] PATH...

  --to reg    each registration file (updater_*.json) becomes <OEMName>_<UpdaterName>.reg
              (UTF-16LE, as regedit exports), with updaterPriority and expeditedPayload
  --to file   each UScheduler_OOBE registration in .reg files becomes updater_<UpdaterName>.json
              (OEMName and UpdaterName from the subkey name, split at the first '_')

options:
  --out-dir DIR   where to write (default: beside each source file)
  --stdout        print the converted documents instead of writing files
  --force         replace existing files (each is first copied to FILE.bak)
  --codepage N    ANSI code page of REGEDIT4 files (default: the system's on Windows, else 1252)

What a conversion assumes or cannot carry is printed as notes on stderr.
Exit status: 0 converted, 1 a source has errors (not converted), 2 usage error, unreadable
input, nothing to convert, or a file that exists (without --force) or could not be written.
`);
}

const OPTIONS: OptionSpec = {
  to: { type: 'string' },
  'out-dir': { type: 'string' },
  stdout: { type: 'boolean' },
  force: { type: 'boolean' },
  codepage: { type: 'string' },
};

interface Output {
  source: string;
  name: string;
  /** Folder to write into. */
  folder: string;
  bytes: Uint8Array;
  text: string;
  notes: Message[];
}

export async function convertCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS, 'convert');
  if (parsed.help) {
    io.stdout(help());
    return EXIT_OK;
  }
  if (stringOption(parsed, 'to') === undefined) throw new UsageError(l10n.t("option --to is required: reg or file (see 'expedite convert --help')"));
  const to = choiceOption(parsed, 'to', ['reg', 'file'] as const, 'reg');
  const outDir = stringOption(parsed, 'out-dir');
  if (outDir !== undefined && outDir.trim() === '') throw new UsageError(l10n.t('option --out-dir needs a folder (found an empty value)'));
  if (parsed.positionals.includes('-')) throw new UsageError(l10n.t("convert reads files: '-' (stdin) is not supported"));
  const log = (line: string) => io.stderr(`expedite convert: ${line}\n`);
  const { documents, failures } = await loadInputs(parsed.positionals, { cwd: io.cwd, report: log, codePage: resolveCodePage(stringOption(parsed, 'codepage')) });
  let problems = failures;
  let withErrors = 0;
  const outputs: Output[] = [];
  for (const { absolute, analysis } of documents) {
    const folder = outDir !== undefined ? resolve(io.cwd, outDir) : join(absolute ?? io.cwd, '..');
    const wanted = to === 'reg' ? analysis.kind === 'registration' : analysis.kind === 'reg';
    if (!wanted) {
      log(to === 'reg' ? l10n.t('skipped {0}: not a registration file', analysis.path) : l10n.t('skipped {0}: not a .reg file', analysis.path));
      continue;
    }
    if (analysis.findings.some((f) => f.severity === 'error')) {
      log(l10n.t('not converted {0}: it has errors (run expedite check {0})', analysis.path));
      withErrors++;
      continue;
    }
    for (const registration of analysis.registrations) {
      if (to === 'reg') {
        const { text, notes } = regFromRegistrationFile(registration);
        const name = `${registration.name.replace(/[^a-zA-Z0-9_-]/g, '_')}.reg`;
        outputs.push({ source: analysis.path, name, folder, text, bytes: utf16leWithBom(text), notes });
      } else {
        const names = suggestFileNames(registration.name);
        const problem = nameProblem(names.OEMName, 'OEMName') ?? nameProblem(names.UpdaterName, 'UpdaterName');
        if (problem) {
          log(l10n.t('not converted {0} in {1}: {2} (the subkey name should be <OEMName>_<UpdaterName>)', registration.name, analysis.path, render(problem, cliLocale())));
          withErrors++;
          continue;
        }
        const { text, notes } = registrationFileFromRegistry(registration, names);
        outputs.push({ source: analysis.path, name: `updater_${names.UpdaterName}.json`, folder, text, bytes: new TextEncoder().encode(text), notes });
      }
    }
  }
  const seen = new Map<string, string>();
  for (const out of outputs) {
    const target = join(out.folder, out.name);
    const earlier = seen.get(target.toLowerCase());
    if (earlier) throw new UsageError(l10n.t('{0} and {1} would both write {2}: convert them into separate folders', out.source, earlier, displayPath(target, io.cwd)));
    seen.set(target.toLowerCase(), out.source);
  }
  if (flag(parsed, 'stdout')) {
    for (const out of outputs) io.stdout(outputs.length > 1 ? `// ${l10n.t('{0} (from {1})', out.name, out.source)}\n${out.text}` : out.text);
  } else {
    for (const out of outputs) {
      const target = join(out.folder, out.name);
      const shown = displayPath(target, io.cwd);
      try {
        await mkdir(out.folder, { recursive: true });
        if (!flag(parsed, 'force') && (await exists(target))) {
          log(l10n.t('not written {0}: the file exists (use --force to replace it; a backup is kept)', shown));
          problems++;
          continue;
        }
        const backup = await writeFileSafely(target, out.bytes, { backup: true });
        io.stdout(`${backup ? l10n.t('wrote {0} (from {1}); backup: {2}', shown, out.source, displayPath(backup, io.cwd)) : l10n.t('wrote {0} (from {1})', shown, out.source)}\n`);
      } catch (err) {
        log(l10n.t('cannot write {0}: {1}', shown, describe(err)));
        problems++;
        continue;
      }
    }
  }
  for (const out of outputs) for (const note of out.notes) log(l10n.t('note ({0}): {1}', out.name, render(note, cliLocale())));
  if (outputs.length === 0 && problems === 0 && withErrors === 0) {
    log(to === 'reg' ? l10n.t('nothing to convert: no registration file among the inputs') : l10n.t('nothing to convert: no UScheduler_OOBE registration in a .reg file among the inputs'));
    return EXIT_USAGE;
  }
  if (problems) return EXIT_USAGE;
  return withErrors ? EXIT_FINDINGS : EXIT_OK;
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
