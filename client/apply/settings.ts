// The editor's target settings, read fresh for each command.
import * as vscode from 'vscode';
import type { TargetOptions, TargetSetting } from '../../backends/target';

const TARGETS: readonly TargetSetting[] = ['auto', 'local', 'wine', 'dry-run'];

export function targetOptions(): TargetOptions {
  const config = vscode.workspace.getConfiguration('expeditedApps');
  const target = config.get<string>('target', 'auto');
  return {
    target: (TARGETS as readonly string[]).includes(target) ? (target as TargetSetting) : 'auto',
    winePrefix: config.get<string>('wine.prefix', '') || undefined,
    wineCommand: config.get<string>('wine.command', 'wine') || undefined,
  };
}

export function confirmBeforeWriting(): boolean {
  return vscode.workspace.getConfiguration('expeditedApps').get<boolean>('apply.confirm', true);
}
