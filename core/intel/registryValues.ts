import { sourceText } from './keyText';
import { stop, type Snippet } from './snippet';

/** The values the orchestrator reads (or that Windows itself writes) under UScheduler_OOBE (domain.md §1, §4). */
export interface RegistryValueDoc {
  name: string;
  /** Where the value lives: a registration subkey, or the UScheduler_OOBE key itself. */
  on: 'registration' | 'parent';
  type: 'REG_DWORD' | 'REG_SZ';
  /** One line beside a completion label. */
  detail: string;
  /** Markdown. */
  description: string;
  source: 'KO-DOC' | 'WILD';
  /** The data after `=` with placeholders (not yet escaped). */
  data: Snippet;
}

export const REGISTRY_VALUE_DOCS: readonly RegistryValueDoc[] = [
  {
    name: 'updaterPriority',
    on: 'registration',
    type: 'REG_DWORD',
    detail: 'REG_DWORD 1..100 · lower runs earlier',
    description:
      'The registration\'s place in the run order: `1..100`, **lower runs earlier** relative to the other expedited apps. ' +
      'Write it as `dword:` with 8 hex digits (`dword:00000005` = 5). Without it, or out of range, the orchestrator falls back to an undocumented default.',
    source: 'KO-DOC',
    data: ['dword:', stop(1, '00000032')],
  },
  {
    name: 'expeditedPayload',
    on: 'registration',
    type: 'REG_SZ',
    detail: 'REG_SZ · the registration\'s JSON',
    description:
      'A JSON object as a `REG_SZ` string: `PFN` and an `https://` `Endpoint` (required), `AllowedInOobe`, `MaxRetryCount`, `TimeoutDurationInMinutes`, `ExcludedRegions`. ' +
      'Inside the .reg string every `"` is written `\\"` and every `\\` is written `\\\\`. An invalid payload is logged and the registration skipped silently.',
    source: 'KO-DOC',
    data: ['"', stop(1), '"'],
  },
  {
    name: 'workCompleted',
    on: 'registration',
    type: 'REG_DWORD',
    detail: 'REG_DWORD · 1 STOPS the updater: it never runs (inferred)',
    description:
      '**Warning:** `1` means the app is never installed by this registration. ' +
      'Windows and public debloat scripts set `workCompleted` = `1` to stop an updater: the orchestrator then treats it as done. ' +
      'Inferred from real machines, not documented.',
    source: 'WILD',
    data: ['dword:', stop(1, '00000001')],
  },
  {
    name: 'BlockedOobeUpdaters',
    on: 'parent',
    type: 'REG_SZ',
    detail: 'REG_SZ on UScheduler_OOBE · updaters not to run (inferred)',
    description:
      'A `REG_SZ` on the `UScheduler_OOBE` key itself naming updaters that must not run (value seen on real machines: `MS_Outlook`). ' +
      'Inferred from public scripts, not documented.',
    source: 'WILD',
    data: ['"', stop(1, 'MS_Outlook'), '"'],
  },
];

const BY_NAME = new Map(REGISTRY_VALUE_DOCS.map((d) => [d.name.toLowerCase(), d]));

/** Registry value names compare case-insensitively. */
export function registryValueDoc(name: string): RegistryValueDoc | undefined {
  return BY_NAME.get(name.toLowerCase());
}

/** Hover and completion documentation of a registry value. */
export function valueMarkdown(value: RegistryValueDoc): string {
  return [`**${value.name}** · \`${value.type}\``, '', value.description, '', `Source: ${sourceText(value.source)}`].join('\n');
}
