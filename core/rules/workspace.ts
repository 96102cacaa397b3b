// Findings that need several registrations at once.
import { defineMessages } from './message';
import { defineRule } from './rule';

/** Fragments and related-location texts of the cross-file rules. */
export const workspacePhrase = defineMessages('workspace-phrase', {
  andMore: { en: '{listed} and {count} more', ko: '{listed} 외 {count}개' },
  andOthers: { en: '{listed}, and {count} others', ko: '{listed} 외 {count}개' },
  samePackage: { en: '{name} registers the same package', ko: '{name}이(가) 같은 패키지를 등록합니다.' },
  registrationFile: { en: '{name} (registration file)', ko: '{name}(등록 파일)' },
  registrySubkey: { en: '{name} (registry subkey)', ko: '{name}(레지스트리 하위 키)' },
  hasPriority: { en: '{name} has priority {priority}', ko: '{name}의 우선 순위는 {priority}입니다.' },
});

export const duplicatePfn = defineRule({
  id: 'duplicate-pfn',
  severity: 'warning',
  area: 'workspace',
  source: 'WUA',
  messages: {
    same: {
      en: '{pfn} is also registered by {others}: two concurrent attempts at one package break each other (Windows Update\'s own installs fail the same way). Register each package once.',
      ko: '{pfn}은(는) {others}에서도 등록됩니다. 한 패키지를 동시에 두 번 시도하면 서로를 방해합니다(Windows 업데이트 자체 설치도 같은 방식으로 실패함). 각 패키지는 한 번만 등록하세요.',
    },
  },
});

export const duplicateRegistrationName = defineRule({
  id: 'duplicate-registration-name',
  severity: 'error',
  area: 'workspace',
  source: 'AO',
  messages: {
    crossForm: {
      en: 'The registration name {name} is also used by {others}: Add-UpdaterRegistration refuses to add a registration file when UScheduler_Oobe already has that subkey. Give each registration its own name.',
      ko: '등록 이름 {name}은(는) {others}에서도 사용됩니다. UScheduler_Oobe에 이미 그 하위 키가 있으면 Add-UpdaterRegistration은 등록 파일 추가를 거부합니다. 각 등록에 고유한 이름을 지정하세요.',
    },
    files: {
      en: 'The registration name {name} is also used by {others}: both would be staged in the same folder, and Add-UpdaterRegistration refuses the second. Give each registration its own name.',
      ko: '등록 이름 {name}은(는) {others}에서도 사용됩니다. 둘 다 같은 폴더에 스테이징되며 Add-UpdaterRegistration은 두 번째 등록을 거부합니다. 각 등록에 고유한 이름을 지정하세요.',
    },
    registry: {
      en: 'The registration name {name} is also used by {others}: importing both writes one UScheduler_OOBE subkey, and the later import overwrites the earlier. Give each registration its own name.',
      ko: '등록 이름 {name}은(는) {others}에서도 사용됩니다. 둘 다 가져오면 하나의 UScheduler_OOBE 하위 키에 쓰므로 나중에 가져온 것이 먼저 가져온 것을 덮어씁니다. 각 등록에 고유한 이름을 지정하세요.',
    },
  },
});

export const equalPriority = defineRule({
  id: 'equal-priority',
  severity: 'warning',
  area: 'workspace',
  source: 'KO-DOC',
  messages: {
    shared: {
      en: 'Priority {priority} is shared with {others}: the order among equal priorities is not specified; Expedited Apps assumes order by name ({order}). Give each registration a distinct priority to fix the order.',
      ko: '우선 순위 {priority}을(를) {others}와(과) 함께 씁니다. 우선 순위가 같으면 순서가 정해져 있지 않으며, Expedited Apps는 이름 순서({order})로 가정합니다. 순서를 고정하려면 각 등록에 서로 다른 우선 순위를 지정하세요.',
    },
  },
});

export const workspaceRules = [duplicatePfn, duplicateRegistrationName, equalPriority] as const;
