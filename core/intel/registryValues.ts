import { defineMessages, type Message } from '../rules/message';
import { sourceText } from './keyText';
import { stop, type Snippet } from './snippet';
import { intelText, lines } from './texts';

const valueText = defineMessages('intel.registryValue', {
  updaterPriorityDetail: { en: 'REG_DWORD 1..100 · lower runs earlier', ko: 'REG_DWORD 1..100 · 값이 낮을수록 먼저 실행' },
  updaterPriority: {
    en:
      "The registration's place in the run order: `1..100`, **lower runs earlier** relative to the other expedited apps. " +
      'Write it as `dword:` with 8 hex digits (`dword:00000005` = 5). Without it, or out of range, the orchestrator falls back to an undocumented default.',
    ko:
      '등록의 실행 순서: `1..100`이며, 다른 신속 처리 앱에 비해 **값이 낮을수록 먼저 실행됩니다**. ' +
      '`dword:` 뒤에 16진수 8자리로 씁니다(`dword:00000005` = 5). 값이 없거나 범위를 벗어나면 오케스트레이터가 문서화되지 않은 기본값을 사용합니다.',
  },
  expeditedPayloadDetail: { en: "REG_SZ · the registration's JSON", ko: 'REG_SZ · 등록의 JSON' },
  expeditedPayload: {
    en:
      'A JSON object as a `REG_SZ` string: `PFN` and an `https://` `Endpoint` (required), `AllowedInOobe`, `MaxRetryCount`, `TimeoutDurationInMinutes`, `ExcludedRegions`. ' +
      'Inside the .reg string every `"` is written `\\"` and every `\\` is written `\\\\`. An invalid payload is logged and the registration skipped silently.',
    ko:
      '`REG_SZ` 문자열로 된 JSON 개체: `PFN`과 `https://` `Endpoint`(필수), `AllowedInOobe`, `MaxRetryCount`, `TimeoutDurationInMinutes`, `ExcludedRegions`. ' +
      '.reg 문자열 안에서는 모든 `"`를 `\\"`로, 모든 `\\`를 `\\\\`로 씁니다. 페이로드가 잘못되면 로그에만 기록되고 등록은 알림 없이 건너뜁니다.',
  },
  workCompletedDetail: { en: 'REG_DWORD · 1 STOPS the updater: it never runs (inferred)', ko: 'REG_DWORD · 1이면 업데이트 프로그램이 중지되어 실행되지 않음(추론)' },
  workCompleted: {
    en:
      '**Warning:** `1` means the app is never installed by this registration. ' +
      'Windows and public debloat scripts set `workCompleted` = `1` to stop an updater: the orchestrator then treats it as done. ' +
      'Inferred from real machines, not documented.',
    ko:
      '**경고:** `1`이면 이 등록으로는 앱이 설치되지 않습니다. ' +
      'Windows와 공개된 불필요 앱 제거(debloat) 스크립트는 업데이트 프로그램을 중지하려고 `workCompleted` = `1`을 설정하며, 그러면 오케스트레이터는 이를 완료된 것으로 처리합니다. ' +
      '실제 컴퓨터에서 추론한 것이며 문서화되지 않았습니다.',
  },
  BlockedOobeUpdatersDetail: { en: 'REG_SZ on UScheduler_OOBE · updaters not to run (inferred)', ko: 'UScheduler_OOBE의 REG_SZ · 실행하지 않을 업데이트 프로그램(추론)' },
  BlockedOobeUpdaters: {
    en:
      'A `REG_SZ` on the `UScheduler_OOBE` key itself naming updaters that must not run (value seen on real machines: `MS_Outlook`). ' +
      'Inferred from public scripts, not documented.',
    ko:
      '`UScheduler_OOBE` 키 자체에 있는 `REG_SZ`로, 실행하면 안 되는 업데이트 프로그램의 이름입니다(실제 컴퓨터에서 본 값: `MS_Outlook`). ' +
      '공개 스크립트에서 추론한 것이며 문서화되지 않았습니다.',
  },
});

/** The values the orchestrator reads (or that Windows itself writes) under UScheduler_OOBE (domain.md §1, §4). */
export interface RegistryValueDoc {
  name: string;
  /** Where the value lives: a registration subkey, or the UScheduler_OOBE key itself. */
  on: 'registration' | 'parent';
  type: 'REG_DWORD' | 'REG_SZ';
  /** One line beside a completion label. */
  detail: Message;
  /** Markdown. */
  description: Message;
  source: 'KO-DOC' | 'WILD';
  /** The data after `=` with placeholders (not yet escaped). */
  data: Snippet;
}

export const REGISTRY_VALUE_DOCS: readonly RegistryValueDoc[] = [
  {
    name: 'updaterPriority',
    on: 'registration',
    type: 'REG_DWORD',
    detail: valueText.updaterPriorityDetail(),
    description: valueText.updaterPriority(),
    source: 'KO-DOC',
    data: ['dword:', stop(1, '00000032')],
  },
  {
    name: 'expeditedPayload',
    on: 'registration',
    type: 'REG_SZ',
    detail: valueText.expeditedPayloadDetail(),
    description: valueText.expeditedPayload(),
    source: 'KO-DOC',
    data: ['"', stop(1), '"'],
  },
  {
    name: 'workCompleted',
    on: 'registration',
    type: 'REG_DWORD',
    detail: valueText.workCompletedDetail(),
    description: valueText.workCompleted(),
    source: 'WILD',
    data: ['dword:', stop(1, '00000001')],
  },
  {
    name: 'BlockedOobeUpdaters',
    on: 'parent',
    type: 'REG_SZ',
    detail: valueText.BlockedOobeUpdatersDetail(),
    description: valueText.BlockedOobeUpdaters(),
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
export function valueMarkdown(value: RegistryValueDoc): Message {
  return lines(`**${value.name}** · \`${value.type}\``, '', value.description, '', intelText.sourceLine({ source: sourceText(value.source) }));
}
