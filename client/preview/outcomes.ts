// Per-registration outcome scripting in the panel: a few named presets over the scenario's `attempts`.
import type { ScriptedOutcome } from '../../core/simulate/scenario';

export type OutcomePreset = 'succeed' | 'fail-once' | 'timeout-once' | 'fail-always' | 'timeout-always' | 'custom';

/** Six tries cover the largest MaxRetryCount (5): "always" fails every try a registration can get. */
const ALWAYS = 6;

export const PRESETS: readonly { preset: Exclude<OutcomePreset, 'custom'>; label: string; script: ScriptedOutcome[] }[] = [
  { preset: 'succeed', label: 'Succeeds', script: [] },
  { preset: 'fail-once', label: 'Fails once', script: ['fail'] },
  { preset: 'timeout-once', label: 'Times out once', script: ['timeout'] },
  { preset: 'fail-always', label: 'Always fails', script: Array<ScriptedOutcome>(ALWAYS).fill('fail') },
  { preset: 'timeout-always', label: 'Always times out', script: Array<ScriptedOutcome>(ALWAYS).fill('timeout') },
];

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
