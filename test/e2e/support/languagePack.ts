// A display language for code-server without the Marketplace. VS Code 1.100 runs its workbench
// in a language only when a language pack for it is registered in the user data's
// languagepacks.json; otherwise `--locale ko` resolves to English, and so do
// `vscode.env.language` (the extension host gets the workbench's resolved language), the
// manifest's package.nls.ko.json and l10n/bundle.l10n.ko.json, which all follow it. This packs
// the minimal pack in test/e2e/fixtures/ (no translations of VS Code's own strings: those stay
// English) into a .vsix at test time and registers it once installed.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVSIX } from '@vscode/vsce';
import { repoRoot } from './codeServer';

const fixtures = join(repoRoot, 'test', 'e2e', 'fixtures');

interface Localization {
  languageId: string;
  languageName?: string;
  localizedLanguageName?: string;
  translations: Array<{ id: string; path: string }>;
}

interface Manifest {
  name: string;
  publisher: string;
  version: string;
  contributes: { localizations: Localization[] };
}

export interface LanguagePack {
  /** The packed extension, for `installVsix`. */
  vsix: string;
  /** `publisher.name`: also the folder of its global storage. */
  id: string;
  /** The language VS Code resolves to with this pack, e.g. `ko`. */
  languageId: string;
  dispose(): void;
}

/** Packs test/e2e/fixtures/<language>-display-language/ into a .vsix in a scratch folder. */
export async function buildLanguagePack(languageId: string): Promise<LanguagePack> {
  const source = join(fixtures, `${languageId}-display-language`);
  if (!existsSync(join(source, 'package.json'))) throw new Error(`no language pack fixture for ${languageId} in ${source}`);
  const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as Manifest;
  if (!manifest.contributes.localizations.some((l) => l.languageId === languageId)) {
    throw new Error(`${source}/package.json contributes no localization for ${languageId}`);
  }
  const scratch = mkdtempSync(join(tmpdir(), `expedite-language-pack-${languageId}-`));
  const folder = join(scratch, 'extension');
  cpSync(source, folder, { recursive: true });
  const vsix = join(scratch, `${manifest.publisher}.${manifest.name}.vsix`);
  try {
    await createVSIX({ cwd: folder, packagePath: vsix, dependencies: false, allowMissingRepository: true, skipLicense: true });
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw new Error(`packing the ${languageId} language pack failed: ${(error as Error).message}`);
  }
  return {
    vsix,
    id: `${manifest.publisher}.${manifest.name}`,
    languageId,
    dispose: () => rmSync(scratch, { recursive: true, force: true }),
  };
}

/**
 * Registers the installed pack in `<user data>/languagepacks.json`, as VS Code's language pack
 * service does after an install in a running workbench. code-server's `--install-extension`
 * never does: its CLI leaves that service unstarted, so the pack would stay unused.
 */
export function registerLanguagePack(pack: LanguagePack, userDataDir: string, extensionsDir: string): void {
  const installed = JSON.parse(readFileSync(join(extensionsDir, 'extensions.json'), 'utf8')) as Array<{
    identifier: { id: string; uuid?: string };
    version: string;
    location: { path: string };
  }>;
  const entry = installed.find((e) => e.identifier.id.toLowerCase() === pack.id.toLowerCase());
  if (!entry) throw new Error(`${pack.id} is not installed in ${extensionsDir}`);
  const folder = entry.location.path;
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Manifest;
  const file = join(userDataDir, 'languagepacks.json');
  const packs = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  for (const localization of manifest.contributes.localizations) {
    const translations = Object.fromEntries(localization.translations.map((t) => [t.id, join(folder, t.path)]));
    for (const path of Object.values(translations)) {
      if (!existsSync(path)) throw new Error(`${pack.id}: translation file ${path} is missing`);
    }
    packs[localization.languageId] = {
      // The same hash VS Code computes: it names the cache of the merged translations.
      hash: createHash('md5').update(entry.identifier.uuid ?? entry.identifier.id).update(entry.version).digest('hex'),
      extensions: [{ extensionIdentifier: entry.identifier, version: entry.version }],
      translations,
      label: localization.localizedLanguageName ?? localization.languageName,
    };
  }
  writeFileSync(file, JSON.stringify(packs));
}

/** What the pack's probe (fixtures/…/probe.js) wrote from the extension host. */
export interface ExtensionHostReport {
  language: string;
  uiKind: 'web' | 'desktop';
  remoteName: string | null;
  version: string;
  /**
   * Expedited Apps' command titles as the extension host localised its manifest: a string, or
   * `{ value, original }` when package.nls.<language>.json translated it.
   */
  commandTitles: Record<string, string | { value: string; original: string }>;
}

/** Where the probe writes its report: its global storage folder in the user data. */
export function extensionHostReportFile(pack: LanguagePack, userDataDir: string): string {
  return join(userDataDir, 'User', 'globalStorage', pack.id, 'extension-host.json');
}
