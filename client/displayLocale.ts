import * as vscode from 'vscode';
import { resolveLocale } from '../core/rules/locale';
import type { Locale } from '../core/rules/message';

/** The language of the texts the extension renders itself: the expeditedApps.locale setting, else VS Code's display language. */
export function displayLocale(): Locale {
  const setting = vscode.workspace.getConfiguration('expeditedApps').get<string>('locale');
  return resolveLocale(setting === 'auto' ? undefined : setting, vscode.env.language);
}
