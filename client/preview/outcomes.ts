// Per-registration outcome scripting in the panel: a few named presets over the scenario's `attempts`.
import * as l10n from '@vscode/l10n';
import type { ScriptedOutcome } from '../../core/simulate/scenario';

export type OutcomePreset = 'succeed' | 'fail-once' | 'timeout-once' | 'fail-always' | 'timeout-always' | 'custom';

/** Six tries cover the largest MaxRetryCount (5): "always" fails every try a registration can get. */
const ALWAYS = 6;

export const PRESETS: readonly { preset: Exclude<OutcomePreset, 'custom'>; script: ScriptedOutcome[] }[] = [
  { preset: 'succeed', script: [] },
  { preset: 'fail-once', script: ['fail'] },
  { preset: 'timeout-once', script: ['timeout'] },
  { preset: 'fail-always', script: Array<ScriptedOutcome>(ALWAYS).fill('fail') },
  { preset: 'timeout-always', script: Array<ScriptedOutcome>(ALWAYS).fill('timeout') },
];

/** What the outcome picker shows for a preset, in the display language. */
export function presetLabel(preset: Exclude<OutcomePreset, 'custom'>): string {
  switch (preset) {
    case 'succeed':
      return l10n.t('Succeeds');
    case 'fail-once':
      return l10n.t('Fails once');
    case 'timeout-once':
      return l10n.t('Times out once');
    case 'fail-always':
      return l10n.t('Always fails');
    case 'timeout-always':
      return l10n.t('Always times out');
  }
}

/** The preset a script matches; `custom` for a script written by hand (a scenario file). */
export function presetOf(script: readonly ScriptedOutcome[] | undefined): OutcomePreset {
  const s = script ?? [];
  const trimmed = s.length > 0 && s.every((o) => o === 'succeed') ? [] : s;
  const hit = PRESETS.find((p) => p.script.length === trimmed.length && p.script.every((o, i) => o === trimmed[i]));
  return hit ? hit.preset : 'custom';
}

/** The script for a preset (undefined for `custom`: keep what is there). */
export function scriptOf(preset: string): ScriptedOutcome[] | undefined {
  const hit = PRESETS.find((p) => p.preset === preset);
  return hit ? [...hit.script] : undefined;
}
