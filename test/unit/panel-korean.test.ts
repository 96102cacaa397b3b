// The preview panel in Korean: the page the extension builds, the rows, the timeline and the
// export, with the Korean bundle configured as the extension (and the webview) configure it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';
import { panelHtml } from '../../client/preview/html';
import { toMarkdown } from '../../client/preview/markdown';
import { renderNotes, renderRows, renderTimeline, scenarioHeadline, scenarioSummary, statusLabel } from '../../client/preview/render';
import { elements, knownResult } from './panel-fixtures';

const korean = JSON.parse(readFileSync(join(__dirname, '..', '..', 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;

describe('the preview panel in Korean', () => {
  before(() => l10n.config({ contents: korean }));
  after(() => l10n.config({ contents: {} }));

  test('the page: Korean labels and headers, lang="ko", the bundle handed to the webview script, the CSP unchanged', () => {
    const html = panelHtml({ cspSource: 'https://x', nonce: 'n'.repeat(32), scriptUri: 'https://x/webview.js', codiconUri: 'https://x/codicon.css', language: 'ko', l10nBundle: korean });
    assert.match(html, /<html lang="ko">/);
    assert.match(html, /<h1>우선 순위<\/h1>/);
    assert.match(html, /<vscode-label for="region">장치 지역<\/vscode-label>/);
    assert.match(html, /<vscode-checkbox id="metered" label="데이터 통신 연결"><\/vscode-checkbox>/);
    assert.match(html, /<vscode-checkbox id="includeMachine" label="대상 컴퓨터의 등록 포함" disabled>/);
    assert.match(html, /<th scope="col" class="status">상태<\/th>/);
    assert.match(html, />새로 고침<\/vscode-button>/);
    const [body] = elements(html, 'body');
    const attribute = body['data-l10n'].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.deepEqual(JSON.parse(attribute), korean, 'the webview reads the same bundle back');
    assert.deepEqual(elements(html, 'script'), [{ nonce: 'n'.repeat(32), src: 'https://x/webview.js' }]);
  });

  test('English has no bundle on the page', () => {
    const html = panelHtml({ cspSource: 'https://x', nonce: 'n'.repeat(32), scriptUri: 'https://x/webview.js', codiconUri: 'https://x/codicon.css' });
    assert.match(html, /<html lang="en">/);
    assert.ok(!html.includes('data-l10n'));
  });

  test('statuses in words, rows, timeline, notes and summaries in Korean; the status ids stay in the classes', () => {
    assert.deepEqual((['installed', 'failed', 'skipped', 'blocked', 'not-in-phase'] as const).map(statusLabel), ['설치됨', '실패', '건너뜀', '차단됨', '이 단계에서 실행 안 함']);
    const result = knownResult();
    const rows = elements(renderRows(result), 'tr');
    assert.match(rows[0]['aria-label'], /^1\. P, 우선 순위 5, 실패: .+ Enter 키를 누르면 파일에서 보여 줍니다\.$/);
    assert.equal(rows[0].class.split(' ')[1], 'status-failed');
    assert.match(renderRows(result), /<span class="missing">없음<\/span>|<td class="form">레지스트리<\/td>/);
    assert.match(renderTimeline(result), /분 신속 처리 시간<\/text>/);
    assert.match(renderNotes([]), /필요한 가정이 없었습니다\./);
    assert.match(scenarioSummary(result), /단계 · 등록 5개 · \d+개 설치됨 · 마지막 시도는 \d+분에 끝남$/);
    assert.match(scenarioHeadline(result.scenario), /^· (데스크톱|OOBE), \w+, 에디션 \d+$/);
  });

  test('the Markdown export in Korean', () => {
    const md = toMarkdown(knownResult());
    assert.match(md, /^# 신속 처리 앱: 우선 순위 미리 보기\n/);
    assert.match(md, /\n\| 순서 \| 이름 \| 우선 순위 \| PFN \| 형식 \| 상태 \| 시도\(분\) \| 이유 \|\n/);
    assert.match(md, /\n## 참고\n/);
  });
});
