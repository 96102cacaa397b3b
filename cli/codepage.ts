// The ANSI code page REGEDIT4 files are read with: `--codepage N`, else the system's on Windows
// (what regedit uses there), else 1252 (Wine's default locale and Western Windows).
import { execFileSync } from 'node:child_process';
import { ANSI_CODE_PAGES, DEFAULT_CODE_PAGE, isSupportedCodePage } from '../core/reg/ansi';
import { UsageError } from './io';

export function parseCodePage(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!isSupportedCodePage(n)) {
    throw new UsageError(`option --codepage: unsupported code page '${value}' (supported: ${[...ANSI_CODE_PAGES.keys()].join(', ')})`);
  }
  return n;
}

/** Windows' ANSI code page (the ACP value regedit decodes with), or the default elsewhere or when unknown. */
export function systemCodePage(): number {
  if (process.platform !== 'win32') return DEFAULT_CODE_PAGE;
  try {
    const out = execFileSync('reg.exe', ['query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage', '/v', 'ACP'], { encoding: 'utf8', windowsHide: true, timeout: 10_000 });
    const acp = Number(/ACP\s+REG_SZ\s+(\d+)/.exec(out)?.[1]);
    return isSupportedCodePage(acp) ? acp : DEFAULT_CODE_PAGE;
  } catch {
    return DEFAULT_CODE_PAGE;
  }
}

export function resolveCodePage(value: string | undefined): number {
  return parseCodePage(value) ?? systemCodePage();
}
