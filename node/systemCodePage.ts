// Which ANSI code page REGEDIT4 files read from disk are decoded with: the setting
// `expeditedApps.reg.codePage` (the CLI: --codepage), where 0 means what regedit uses — the
// system's ANSI code page on Windows (its ACP), 1252 elsewhere (Wine's default locale).
import { execFileSync } from 'node:child_process';
import { DEFAULT_CODE_PAGE, isSupportedCodePage } from '../core/reg/ansi';

let system: number | undefined;

/** Windows' ANSI code page (read once), or 1252 elsewhere or when it cannot be read. */
export function systemCodePage(): number {
  if (system !== undefined) return system;
  system = DEFAULT_CODE_PAGE;
  if (process.platform === 'win32') {
    try {
      const out = execFileSync('reg.exe', ['query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage', '/v', 'ACP'], { encoding: 'utf8', windowsHide: true, timeout: 10_000 });
      const acp = Number(/ACP\s+REG_SZ\s+(\d+)/.exec(out)?.[1]);
      if (isSupportedCodePage(acp)) system = acp;
    } catch {
      // Keep 1252.
    }
  }
  return system;
}

/** A setting's code page: itself when supported, else (0, missing) the system's. */
export function effectiveCodePage(setting: number | undefined): number {
  return setting !== undefined && isSupportedCodePage(setting) ? setting : systemCodePage();
}
