// The Korean form of each key's documentation. The English is the schemas' `markdownDescription`
// (schemas/*.schema.json stay its one source); keys.ts pairs the two into one message per form.
// A key whose description differs between the forms has one entry per form.
import type { JsonForm } from './schemas';

type KoreanDoc = string | Readonly<Record<JsonForm, string>>;

export const KEY_DOCS_KO: Readonly<Record<string, KoreanDoc>> = {
  PFN: "앱의 **패키지 패밀리 이름(PFN)**: `<Name>_<PublisherId>` 형식(17–64자, 게시자 ID는 Crockford base32 소문자 13자)입니다. 예: `Contoso.PhotoStudio_3r0m8qfzv1p4c`.",
  OEMName: '회사 이름: 문자, 숫자, `_`, `-`만 사용할 수 있습니다(`^[a-zA-Z0-9_-]+$`). 스테이징 폴더 이름 `<OEMName>_<UpdaterName>`이 됩니다.',
  UpdaterName: '이 등록의 이름: 문자, 숫자, `_`, `-`만 사용할 수 있습니다(`^[a-zA-Z0-9_-]+$`). 파일은 `updater_<UpdaterName>.json`으로 스테이징됩니다.',
  RegistrationVersion: '이 등록의 버전으로, `>= 1`인 정수입니다. 등록을 변경할 때마다 값을 올리십시오.',
  Source: '앱을 가져오는 곳: `Store`(`ProductId` 필요) 또는 `CustomURL`(`https://` `Endpoint` 필요).',
  Scenario:
    '`Update`: 디바이스에 이미 있는 앱을 업데이트합니다(앱이 없으면 아무것도 하지 않으며 `CustomURL`에서는 지원되지 않음). `Acquisition`: 전체 앱을 설치합니다. `StubAcquisition`: 미리 설치된 스텁을 전체 앱으로 바꿉니다.',
  ProductId: '앱의 Microsoft Store 제품 ID(예: `9NBLGGH4NNS1`). `Source`가 `Store`이면 **필수**이고, 그 밖에는 무시됩니다.',
  Endpoint: {
    registration: 'MSIX 패키지의 `https://` URL. `Source`가 `CustomURL`이면 **필수**이고, 그 밖에는 무시됩니다.',
    payload: 'MSIX 패키지의 URI로, `https://`로 시작하는 SSL URI여야 합니다.',
  },
  AllowedInOobe: '사용자가 바탕 화면에 도달한 뒤 처음 30분뿐 아니라 사용자 OOBE 중에도 실행합니다.',
  MaxRetryCount: {
    registration: '시도가 실패한 뒤의 재시도 횟수(실패할 때마다 30분의 대기 시간이 따름). `1..5`(모듈은 `0`을 거부함).',
    payload: '시도가 실패한 뒤의 재시도 횟수(실패할 때마다 30분의 대기 시간이 따름). 최대 `5`.',
  },
  TimeoutDurationInMinutes: {
    registration: '한 번의 시도가 실패로 처리되기 전까지 실행할 수 있는 시간: `1..30`분.',
    payload: '시도가 실패로 처리되기 전까지 업데이트 프로그램을 기다리는 시간: 최대 `30`분.',
  },
  Architecture: '이 아키텍처(`amd64` 또는 `arm64`)의 디바이스에서만 실행합니다. 모든 디바이스에서 실행하려면 생략하십시오.',
  MinimumAllowedBuildVersion: '이 OS 빌드 이상인 디바이스에서만 실행합니다(`1..100000`). 예를 들어 `22631`은 23H2를 허용하고 22H2(`22621`)를 차단합니다.',
  HonorDeprovisioning: '사용자가 앱을 프로비전 해제한 경우 건너뜁니다. `Acquisition`과 `StubAcquisition`에만 해당합니다(`Update`에서는 모듈이 거부함).',
  SkipIfPresent: '앱의 버전이 하나라도 이미 있으면 건너뜁니다. `Acquisition` 시나리오에서만 의미가 있습니다.',
  Priority: '다른 신속 처리 앱에 대한 실행 순서(`1..100`). **값이 낮을수록 먼저 실행됩니다.** 우선 순위가 같으면 실행 순서가 정해져 있지 않습니다.',
  IncludedRegions:
    '이 지역의 디바이스에서만 실행합니다: `US`, `GB`(`UK` 아님) 같은 ISO 3166-1 alpha-2 코드. 비어 있지 않고 중복이 없어야 하며, `ExcludedRegions`와 함께 쓸 수 없습니다.',
  ExcludedRegions: {
    registration: '이 지역의 디바이스에서는 실행하지 않습니다: `US`, `GB`(`UK` 아님) 같은 ISO 3166-1 alpha-2 코드. 비어 있지 않고 중복이 없어야 하며, `IncludedRegions`와 함께 쓸 수 없습니다.',
    payload: '앱을 신속 처리하지 않을 지역: `GB`(`UK` 아님) 같은 ISO 3166-1 alpha-2 코드.',
  },
  IncludedEditions:
    '이 Windows 버전의 디바이스에서만 실행합니다: `48`(Pro), `101`(Home) 같은 `GetProductInfo` 코드. 비어 있지 않고 중복이 없어야 하며, `ExcludedEditions`와 함께 쓸 수 없습니다.',
  ExcludedEditions: '이 Windows 버전의 디바이스에서는 실행하지 않습니다: `48`(Pro) 같은 `GetProductInfo` 코드. 비어 있지 않고 중복이 없어야 하며, `IncludedEditions`와 함께 쓸 수 없습니다.',
};

/** The Korean documentation of `key` in `form`, or '' when it has none (the completeness test lists those). */
export function koreanKeyDoc(key: string, form: JsonForm): string {
  const doc = KEY_DOCS_KO[key];
  if (doc === undefined) return '';
  return typeof doc === 'string' ? doc : doc[form];
}
