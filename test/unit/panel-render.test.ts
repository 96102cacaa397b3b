import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { changedRows, escapeHtml, renderNotes, renderRowList, renderRows, renderTimeline, scenarioSummary, timelineLayout } from '../../client/preview/render';
import { toJson, toMarkdown } from '../../client/preview/markdown';
import { elements, knownResult } from './panel-fixtures';

describe('panel rows are replaced one by one', () => {
  test('an edit of one registration changes exactly its row', () => {
    const before = knownResult();
    const after = knownResult();
    after.registrations[2] = { ...after.registrations[2], pfn: `${after.registrations[2].pfn}x` };
    const rows = renderRowList(after);
    assert.equal(rows.join('\n'), renderRows(after), 'the list is the table, row by row');
    assert.deepEqual(changedRows(renderRowList(before), rows), [2]);
    assert.deepEqual(changedRows(rows, renderRowList(after)), [], 'the same result changes nothing');
  });

  test('rows added or removed: the table is rendered whole', () => {
    const fewer = { ...knownResult(), registrations: knownResult().registrations.slice(1) };
    assert.equal(changedRows(renderRowList(knownResult()), renderRowList(fewer)), undefined);
  });
});

describe('panel rows', () => {
  const html = renderRows(knownResult(), 'file:///ws/updater.json');
  const rows = elements(html, 'tr');

  test('one focusable row per registration, in run order, with rank and an accessible label', () => {
    assert.deepEqual(rows.map((r) => r['data-rank']), ['1', '2', '3', '4', '5']);
    assert.ok(rows.every((r) => r.tabindex === '0'), 'rows are keyboard focusable');
    assert.equal(rows[0]['aria-label'], '1. P, priority 5, Failed: failed twice, more than MaxRetryCount 1 allows. Press Enter to show it in its file.');
    assert.match(rows[2]['aria-label'], /^3\. Fabrikam_Arm, priority 20, Skipped: targeting: architecture amd64/);
  });

  test('cells: rank, name, priority, PFN, form, status with icon and reason', () => {
    const cells = (cls: string) => [...html.matchAll(new RegExp(`<td class="${cls}">(.*?)</td>`, 'g'))].map((m) => m[1]);
    assert.deepEqual(cells('rank'), ['1', '2', '3', '4', '5']);
    assert.deepEqual(cells('priority'), ['5', '15', '20', '30', '40']);
    assert.deepEqual(cells('form'), ['registry', 'registry', 'file', 'registry', 'file']);
    assert.equal(cells('pfn')[0], '<code>Contoso.<wbr>P_<wbr>8wekyb3d8bbwe</code>', 'breaks only after . and _');
    const status = cells('status');
    assert.match(status[0], /<span class="status-label status-failed"><span class="codicon codicon-error" aria-hidden="true"><\/span> Failed<\/span><div class="reason">failed twice/);
    assert.match(status[1], /status-installed"><span class="codicon codicon-pass"[^>]*><\/span> Installed<\/span>$/);
    assert.match(status[2], /codicon-debug-step-over.*Skipped.*<div class="reason">targeting: architecture amd64 is not the registration&#39;s Architecture arm64/);
  });

  test('names are escaped; hazards get a warning icon and a reason line', () => {
    assert.ok(html.includes('<td class="name"><span class="registration-name">Dup&lt;One&gt;</span> <span class="codicon codicon-warning hazard-icon"'));
    assert.ok(!html.includes('Dup<One>'));
    assert.match(rows[3].class, /\bhazard\b/);
    assert.match(html, /<div class="reason">Hazard: same package as Fabrikam_DupTwo: concurrent attempts at one package fail<\/div>/);
  });

  test("rows of the command's document are highlighted", () => {
    assert.deepEqual(rows.map((r) => /\bfocused\b/.test(r.class)), [false, false, true, false, true]);
  });

  test('each row has an outcome picker showing its script', () => {
    const pickers = elements(html, 'vscode-single-select');
    assert.deepEqual(pickers.map((p) => p['data-name']), ['P', 'Q', 'Fabrikam_Arm', 'Dup&lt;One&gt;', 'Fabrikam_DupTwo']);
    const selected = [...html.matchAll(/<vscode-option value="([\w-]+)" selected>/g)].map((m) => m[1]);
    assert.deepEqual(selected, ['fail-always', 'succeed', 'succeed', 'succeed', 'succeed']);
  });

  test('no registrations: one explanatory row', () => {
    const empty = renderRows({ ...knownResult(), registrations: [], order: [] });
    assert.match(empty, /^<tr class="empty"><td colspan="7">No registrations in the workspace/);
  });
});

describe('panel timeline (SVG)', () => {
  const result = knownResult();
  const svg = renderTimeline(result);
  const attempts = elements(svg, 'rect').filter((r) => /\battempt\b/.test(r.class));

  test('geometry: 8 px a minute after a 180 px label column, 40 minutes shown', () => {
    const layout = timelineLayout(result);
    assert.equal(layout.minutes, 40);
    assert.equal(layout.x(0), 180);
    assert.equal(layout.x(30), 420);
    const [root] = elements(svg, 'svg');
    assert.equal(root.width, '516');
    assert.equal(root.height, String(28 + 5 * 24 + 8));
    assert.equal(root.role, 'img');
    assert.match(root['aria-label'], /Timeline of 5 registrations over 40 minutes; the expedited window ends at minute 30/);
  });

  test('attempt rectangles at the right x, width and lane, coloured by result', () => {
    assert.deepEqual(
      attempts.map((a) => [a.class, a.x, a.width, a.y, a['data-start'], a['data-end']]),
      [
        ['attempt attempt-Failed', '180', '40', '33', '0', '5'], // P, lane 0
        ['attempt attempt-Failed', '460', '40', '33', '35', '40'], // P retry after the cooldown
        ['attempt attempt-Succeeded', '220', '40', '57', '5', '10'], // Q, lane 1
        ['attempt attempt-Succeeded', '260', '40', '105', '10', '15'], // Dup<One>, lane 3
        ['attempt attempt-Succeeded', '300', '40', '129', '15', '20'], // Fabrikam_DupTwo, lane 4
      ],
    );
    assert.match(svg, /<title>P: attempt 2, minutes 35–40, Failed<\/title>/);
  });

  test('the cooldown between the failed attempt and the retry', () => {
    const cooldowns = elements(svg, 'rect').filter((r) => r.class === 'cooldown');
    assert.deepEqual(cooldowns.map((c) => [c.x, c.width, c.y]), [['220', '240', '38']]);
  });

  test('the 30-minute line', () => {
    const [line] = elements(svg, 'line').filter((l) => l.class === 'window-line');
    assert.deepEqual([line.x1, line.x2], ['420', '420']);
    assert.match(svg, /<text class="window-label" x="424" y="8">30-minute window<\/text>/);
  });

  test('ticks every 10 minutes, lane labels, and the status in lanes without attempts', () => {
    assert.deepEqual([...svg.matchAll(/<text class="tick-label"[^>]*>(\d+)<\/text>/g)].map((m) => m[1]), ['0', '10', '20', '30', '40']);
    assert.deepEqual([...svg.matchAll(/<text class="lane-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]), ['1. P', '2. Q', '3. Fabrikam_Arm', '4. Dup&lt;One&gt;', '5. Fabrikam_DupTwo']);
    assert.match(svg, /<g class="lane status-skipped" data-rank="3">[^]*?<text class="lane-status" x="184" y="92">Skipped<\/text>/);
  });

  test('no inline style attributes (the CSP forbids them): colours come from classes', () => {
    assert.ok(!/style=/.test(svg));
    assert.ok(!/style=/.test(renderRows(result)));
  });
});

describe('panel notes, summary and exports', () => {
  test('notes: hazards marked, everything escaped', () => {
    const html = renderNotes(['Hazard: A <b> and B', 'An assumption']);
    assert.equal(
      html,
      '<li class="note hazard"><span class="codicon codicon-warning" aria-hidden="true"></span> Hazard: A &lt;b&gt; and B</li>\n<li class="note"><span class="codicon codicon-info" aria-hidden="true"></span> An assumption</li>',
    );
  });

  test('summary line', () => {
    assert.equal(scenarioSummary(knownResult()), 'Desktop phase · 5 registrations · 3 installed · last attempt ends at minute 40');
  });

  test('escapeHtml', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  test('Markdown: scenario, a table row per registration, pipes escaped, the notes', () => {
    const result = knownResult();
    result.registrations[1].name = 'Q|pipe';
    const md = toMarkdown(result);
    const lines = md.split('\n');
    assert.equal(lines[0], '# Expedited apps: priority order preview');
    assert.match(lines[2], /^Scenario: desktop phase; device region US, edition 48, amd64, build 26100; internet on/);
    const table = lines.filter((l) => l.startsWith('| '));
    assert.equal(table[0], '| Rank | Name | Priority | PFN | Form | Status | Attempts (minutes) | Reason |');
    assert.equal(table[1], '| 1 | P | 5 | `Contoso.P_8wekyb3d8bbwe` | registry | failed | 0–5 Failed, 35–40 Failed | failed twice, more than MaxRetryCount 1 allows |');
    assert.equal(table[2], '| 2 | Q\\|pipe | 15 | `Contoso.Q_8wekyb3d8bbwe` | registry | installed | 5–10 Succeeded |  |');
    assert.match(table[3], /^\| 3 \| Fabrikam_Arm \| 20 \| .* \| file \| skipped \| — \| targeting: /);
    assert.equal(table.length, 6);
    assert.ok(lines.includes('## Notes'));
    assert.ok(lines.some((l) => l.startsWith('- Hazard: Dup<One> and Fabrikam_DupTwo register the same package')));
  });

  test('JSON export: the simulate JSON with locations, parseable', () => {
    const parsed = JSON.parse(toJson(knownResult()));
    assert.deepEqual(parsed.order, ['P', 'Q', 'Fabrikam_Arm', 'Dup<One>', 'Fabrikam_DupTwo']);
    assert.deepEqual(parsed.registrations[0].attempts, [
      { start: 0, end: 5, result: 'Failed' },
      { start: 35, end: 40, result: 'Failed' },
    ]);
    assert.equal(parsed.registrations[0].uri, 'file:///ws/oem.reg');
  });
});
