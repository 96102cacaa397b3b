// The server speaks the user's language: `initialize.locale` (VS Code's display language) and the
// `expeditedApps.locale` setting decide the language of every text it sends. Each Korean text must
// equal the core's own rendering of the same message; English must be today's, byte for byte.
// Needs `npm run build` first (dist/server.js).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentDiagnosticReport, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { analyzeDocument, analyzeWorkspace } from '../../core/analyze';
import type { Finding } from '../../core/diagnostics/types';
import { hoverAt } from '../../core/intel/hover';
import { intelText } from '../../core/intel/texts';
import { render, type Locale } from '../../core/rules';
import { renderSimulation, simulate, type LocatedSimulationResult, type RenderedSimulationResult } from '../../core/simulate';
import { LineIndex } from '../../core/text/lineIndex';
import { LspTestClient, waitFor } from '../helpers/lspClient';
import { withCursor } from './intel-helpers';

const HANGUL = /[\uAC00-\uD7A3]/;

// A .reg with a format problem and an out-of-range priority; a registration file with a range
// problem, a lowercase region (a quick fix) and an unknown key.
const REG_URI = 'file:///locale/Contoso.reg';
const REG_TEXT = [
  'Windows Registry Editor Version 5.00',
  '',
  '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_PhotoStudio]',
  '"updaterPriority"=dword:000000c8',
  '"expeditedPayload"="{\\"PFN\\": \\"Contoso.PhotoStudio_3r0m8qfzv1p4c\\", \\"Endpoint\\": \\"https://contoso.example/a.msixbundle\\"}"',
  '"workCompleted"=dword:1',
  '',
].join('\r\n');

const JSON_URI = 'file:///locale/updater_PhotoStudio.json';
const JSON_TEXT = `${JSON.stringify(
  {
    PFN: 'Contoso.PhotoStudio_3r0m8qfzv1p4c',
    OEMName: 'Contoso',
    UpdaterName: 'PhotoStudio',
    RegistrationVersion: 1,
    Source: 'Store',
    ProductId: '9NBLGGH4NNS1',
    Scenario: 'Acquisition',
    MaxRetryCount: 9,
    ExcludedRegions: ['gb', 'kr'],
    Colour: 'blue',
  },
  null,
  2,
)}\n`;

const DOCS = [
  { uri: REG_URI, languageId: 'reg', text: REG_TEXT },
  { uri: JSON_URI, languageId: 'json', text: JSON_TEXT },
] as const;

type Doc = (typeof DOCS)[number];
const ANALYSES = DOCS.map((doc) => analyzeDocument({ path: doc.uri, text: doc.text, languageId: doc.languageId }));
const CROSS_FILE = analyzeWorkspace(ANALYSES);
const REGISTRATIONS = ANALYSES.flatMap((a) => a.registrations);

/** What the core says of a document (its own and its cross-file findings), as the server must show it. */
function coreFindings(doc: Doc): Finding[] {
  return [...ANALYSES[DOCS.indexOf(doc)].findings, ...(CROSS_FILE.get(doc.uri) ?? [])];
}

/** The core's findings rendered in `locale`, as `code|message`, sorted. */
function coreMessages(doc: Doc, locale: Locale): string[] {
  return coreFindings(doc).map((f) => `${f.code}|${render(f.message, locale)}`).sort();
}

const messagesOf = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${String(d.code)}|${d.message}`).sort();

async function openAll(client: LspTestClient): Promise<void> {
  for (const doc of DOCS) await client.open(doc.uri, doc.languageId, doc.text);
}

async function hover(client: LspTestClient, uri: string, line: number, character: number): Promise<string> {
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  assert.ok(h, `a hover at ${line}:${character}`);
  return (h.contents as { value: string }).value;
}

async function completions(client: LspTestClient, uri: string, line: number, character: number): Promise<CompletionItem[]> {
  const list = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  return list?.items ?? [];
}

async function lenses(client: LspTestClient, uri: string): Promise<string[]> {
  return (await client.codeLenses(uri)).map((l) => l.command?.title ?? '');
}

/** The core's hover at a position of one of the documents, rendered in `locale`. */
function coreHover(doc: Doc, line: number, character: number, locale: Locale): string {
  const lines = new LineIndex(doc.text);
  const h = hoverAt(ANALYSES[DOCS.indexOf(doc)], lines.offsetAt({ line, character }), { locale, registrations: REGISTRATIONS });
  assert.ok(h, 'the core has a hover there');
  return render(h.markdown, locale);
}

const positionOf = (text: string, needle: string, delta = 1) => new LineIndex(text).positionAt(text.indexOf(needle) + delta);

describe('the server renders in the locale of initialize.locale and expeditedApps.locale', () => {
  let ko: LspTestClient;
  let en: LspTestClient;
  let none: LspTestClient;

  before(async () => {
    [ko, en, none] = await Promise.all([LspTestClient.start({ locale: 'ko' }), LspTestClient.start({ locale: 'en-US' }), LspTestClient.start({})]);
    await Promise.all([ko, en, none].map(openAll));
  });
  after(async () => {
    await Promise.all([ko, en, none].map((c) => c?.shutdown()));
  });

  test('diagnostics: ko equals the core rendered in Korean; en-US and no locale are the English, byte for byte', async () => {
    for (const doc of DOCS) {
      const [k, e, n] = await Promise.all([ko, en, none].map((c) => c.diagnostics(doc.uri)));
      assert.ok(e.length >= 2, `${doc.uri}: the document has findings`);
      assert.deepEqual(messagesOf(k), coreMessages(doc, 'ko'));
      assert.deepEqual(messagesOf(e), coreMessages(doc, 'en'));
      assert.deepEqual(messagesOf(n), messagesOf(e), 'no locale is English');
      // Every finding whose message has Korean words is shown in Korean.
      const translated = coreFindings(doc).filter((f) => render(f.message, 'ko') !== render(f.message, 'en'));
      for (const f of translated) assert.ok(k.some((d) => d.code === f.code && HANGUL.test(typeof d.message === 'string' ? d.message : d.message.value)), `${f.code} in Korean`);
    }
  });

  test('hovers: a JSON key, a region and a .reg value in Korean, equal to the core; English unchanged', async () => {
    const json = DOCS[1];
    const reg = DOCS[0];
    const spots = [
      { doc: json, at: positionOf(json.text, '"MaxRetryCount"', 3) },
      { doc: json, at: positionOf(json.text, '"kr"', 2) },
      { doc: reg, at: positionOf(reg.text, '"updaterPriority"', 3) },
      { doc: reg, at: positionOf(reg.text, 'dword:000000c8', 8) },
    ];
    for (const { doc, at } of spots) {
      const [k, e, n] = await Promise.all([ko, en, none].map((c) => hover(c, doc.uri, at.line, at.character)));
      assert.match(k, HANGUL, `${doc.uri} ${at.line}:${at.character} in Korean`);
      assert.equal(k, coreHover(doc, at.line, at.character, 'ko'));
      assert.equal(e, coreHover(doc, at.line, at.character, 'en'));
      assert.doesNotMatch(e, HANGUL);
      assert.equal(n, e);
    }
  });

  test('completion details and documentation in Korean; English unchanged', async () => {
    const uri = 'file:///locale/complete/updater_PhotoStudio.json';
    const { text, position } = withCursor(JSON_TEXT.replace('\n}', ',\n  |\n}'));
    await Promise.all([ko, en, none].map((c) => c.open(uri, 'json', text)));
    const [k, e, n] = await Promise.all([ko, en, none].map((c) => completions(c, uri, position.line, position.character)));
    const pick = (items: CompletionItem[], label: string) => {
      const found = items.find((i) => i.label === label);
      assert.ok(found, `completion ${label}`);
      return found;
    };
    for (const label of ['TimeoutDurationInMinutes', 'Priority', 'AllowedInOobe']) {
      const [ki, ei, ni] = [pick(k, label), pick(e, label), pick(n, label)];
      assert.match(ki.detail ?? '', HANGUL, `${label} detail in Korean`);
      assert.match((ki.documentation as { value: string } | undefined)?.value ?? '', HANGUL, `${label} documentation in Korean`);
      assert.doesNotMatch(ei.detail ?? '', HANGUL);
      assert.deepEqual([ni.detail, ni.documentation], [ei.detail, ei.documentation], 'no locale is English');
    }
    assert.equal(pick(e, 'TimeoutDurationInMinutes').detail, 'integer 1..30 · default 15');

    // In an empty file: whole-file snippets, titled in the user's language.
    const empty = 'file:///locale/empty/updater_Empty.json';
    await Promise.all([ko, en].map((c) => c.open(empty, 'json', '')));
    const [kDoc, eDoc] = await Promise.all([ko, en].map((c) => completions(c, empty, 0, 0)));
    assert.deepEqual(kDoc.map((i) => i.label), [render(intelText.newRegistrationFileLabel({ source: 'Store' }), 'ko'), render(intelText.newRegistrationFileLabel({ source: 'CustomURL' }), 'ko'), render(intelText.newPayloadLabel(), 'ko')]);
    assert.deepEqual(eDoc.map((i) => i.label), ['New registration file (Store)', 'New registration file (CustomURL)', 'New expeditedPayload']);
    assert.match(kDoc[0].label, HANGUL);
    assert.deepEqual(kDoc.map((i) => i.filterText), eDoc.map((i) => i.filterText), 'the same text to filter on');
    assert.equal(pick(k, 'TimeoutDurationInMinutes').detail, 'integer 1..30 · 기본값 15');
  });

  test('code action titles: the quick fixes as the core renders them, and "Fix all" in Korean', async () => {
    const doc = DOCS[1];
    const findings = coreFindings(doc).filter((f) => f.fixes?.length);
    assert.ok(findings.length >= 1, 'the registration has a quick fix');
    for (const [client, locale] of [[ko, 'ko'], [en, 'en']] as const) {
      const diagnostics = await client.diagnostics(doc.uri);
      const range = { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } };
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: doc.uri }, range, context: { diagnostics } });
      const quickFixes = actions.filter((a) => a.kind === 'quickfix' && a.title !== render(intelText.fixAll(), locale)).map((a) => a.title).sort();
      const expected = findings.flatMap((f) => f.fixes!.map((x) => render(x.title, locale))).sort();
      assert.deepEqual(quickFixes, expected);
      const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: doc.uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } });
      assert.deepEqual(fixAll.map((a) => a.title), [render(intelText.fixAll(), locale)]);
    }
    assert.equal(render(intelText.fixAll(), 'en'), 'Fix all auto-fixable problems');
    assert.match(render(intelText.fixAll(), 'ko'), HANGUL);
  });

  test('outline details in Korean; English unchanged', async () => {
    const detailOf = async (client: LspTestClient) => {
      const symbols = await client.request<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri: JSON_URI } });
      return symbols?.[0]?.detail ?? '';
    };
    const [k, e, n] = await Promise.all([ko, en, none].map(detailOf));
    assert.equal(e, 'priority 100 (default) · Contoso.PhotoStudio_3r0m8qfzv1p4c');
    assert.equal(k, '우선 순위 100(기본값) · Contoso.PhotoStudio_3r0m8qfzv1p4c');
    assert.equal(n, e);
  });

  test("the server's error answers in Korean; English unchanged", async () => {
    const refusal = async (client: LspTestClient) => {
      try {
        await client.request('expeditedApps/simulate', { scenario: {}, uris: 'not a list' });
      } catch (err) {
        return (err as Error).message;
      }
      assert.fail('expeditedApps/simulate accepted uris that are not a list');
    };
    const [k, e, n] = await Promise.all([ko, en, none].map(refusal));
    assert.equal(k, render(intelText.simulateUris(), 'ko'));
    assert.match(k, HANGUL);
    assert.equal(e, 'uris must be an array of document URIs');
    assert.equal(n, e);
  });

  test("the preview's simulate request with a bad scenario: the scenario's errors in Korean; English unchanged", async () => {
    const scenario = { phase: 'setup', device: { region: 'UK' }, attempts: { A: ['sucess'] } };
    const refusal = async (client: LspTestClient) => {
      try {
        await client.request('expeditedApps/simulate', { scenario, uris: [REG_URI] });
      } catch (err) {
        return (err as Error).message;
      }
      assert.fail('expeditedApps/simulate accepted a bad scenario');
    };
    const [k, e, n] = await Promise.all([ko, en, none].map(refusal));
    assert.equal(
      e,
      'invalid scenario: phase must be "oobe" or "desktop"; found "setup"; device.region UK is exceptionally reserved (used by the UK itself), not an assigned code (use "GB"); attempts["A"][0] must be "fail", "timeout" or "succeed"; found "sucess" (did you mean "succeed"?)',
    );
    assert.equal(n, e);
    assert.equal(
      k,
      '잘못된 시나리오: phase에는 "oobe" 또는 "desktop"만 사용할 수 있습니다. 찾은 값: "setup"; device.region 값이 잘못되었습니다. UK는 예외적으로 예약된 코드(영국이 자체적으로 사용)이며 할당된 코드가 아닙니다("GB" 사용); attempts["A"][0]에는 "fail", "timeout" 또는 "succeed"만 사용할 수 있습니다. 찾은 값: "sucess" ("succeed"을(를) 의도하셨습니까?)',
    );
  });

  test('simulate: reasons and notes in Korean, equal to the core; English unchanged', async () => {
    const words = (r: RenderedSimulationResult) => ({ reasons: r.registrations.map((x) => `${x.name}|${x.reason}`), notes: r.notes });
    const [k, e, n] = await Promise.all([ko, en, none].map((c) => c.request<LocatedSimulationResult>('expeditedApps/simulate', { scenario: {}, uris: [REG_URI, JSON_URI] })));
    const core = simulate(REGISTRATIONS, {});
    assert.deepEqual(words(k), words(renderSimulation(core, 'ko')));
    assert.deepEqual(words(e), words(renderSimulation(core, 'en')));
    assert.deepEqual(words(n), words(e), 'no locale is English');
    assert.ok(k.notes.length > 0 && k.notes.every((note) => HANGUL.test(note)), 'every note in Korean');
    assert.ok(k.registrations.some((r) => HANGUL.test(r.reason)), 'a reason in Korean');
    assert.ok(e.notes.every((note) => !HANGUL.test(note)));
    assert.ok(k.notes.every((note) => !note.includes(' and ')), 'name lists in Korean too');
  });

  test('code lens titles in Korean; English unchanged', async () => {
    const [k, e, n] = await Promise.all([ko, en, none].map((c) => lenses(c, JSON_URI)));
    assert.match(e[0], /^priority 100 \(default\) · runs \d+(st|nd|rd|th) of \d+$/);
    assert.deepEqual(e.slice(1), ['Preview Priority Order', 'Apply']);
    assert.match(k[0], /^우선 순위 100\(기본값\) · \d+개 중 \d+번째로 실행$/);
    assert.deepEqual(k.slice(1), ['우선 순위 순서 미리 보기', '적용']);
    const numbers = (title: string) => (title.match(/\d+/g) ?? []).map(Number).sort((a, b) => a - b);
    assert.deepEqual(numbers(k[0]), numbers(e[0]), 'the same place in both languages');
    assert.deepEqual(n, e);
  });
});

describe('switching expeditedApps.locale at run time', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.start({ locale: 'en', settings: { expeditedApps: { locale: 'auto' } } });
    await openAll(client);
  });
  after(async () => {
    await client?.shutdown();
  });

  const pull = (uri: string, previousResultId?: string) => client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });

  test('the next diagnostics, hovers and code lenses follow the setting, without a restart', async () => {
    const doc = DOCS[0];
    // Once the start-up scan has settled, a pull with the last result id is answered `unchanged`.
    let first = await pull(doc.uri);
    await waitFor(
      async () => {
        const next = await pull(doc.uri, first.resultId);
        if (next.kind === 'unchanged') return true;
        first = next;
        return undefined;
      },
      client.timeoutMs,
      'an unchanged report',
    );
    assert.equal(first.kind, 'full');
    if (first.kind !== 'full') return;
    assert.deepEqual(messagesOf(first.items), coreMessages(doc, 'en'));
    const at = positionOf(doc.text, '"updaterPriority"', 3);
    assert.doesNotMatch(await hover(client, doc.uri, at.line, at.character), HANGUL);

    const refreshes = client.refreshCount;
    await client.configure({ expeditedApps: { locale: 'ko' } });
    await waitFor(() => (client.refreshCount > refreshes ? true : undefined), client.timeoutMs, 'a diagnostics refresh after the settings change');
    const switched = await pull(doc.uri, first.resultId);
    assert.equal(switched.kind, 'full', 'a locale switch makes the report new');
    if (switched.kind !== 'full') return;
    assert.deepEqual(messagesOf(switched.items), coreMessages(doc, 'ko'));
    assert.match(await hover(client, doc.uri, at.line, at.character), HANGUL);
    assert.match((await lenses(client, JSON_URI))[1], HANGUL);

    await client.configure({ expeditedApps: { locale: 'en' } });
    await waitFor(async () => (HANGUL.test((await lenses(client, JSON_URI))[1]) ? undefined : true), client.timeoutMs, 'English again');
    const back = await pull(doc.uri, switched.resultId);
    assert.equal(back.kind, 'full');
    if (back.kind === 'full') assert.deepEqual(messagesOf(back.items), coreMessages(doc, 'en'));
  });
});

describe('the locale setting passed at start-up', () => {
  test('initializationOptions.locale decides the first answers, before the settings are read', async () => {
    // No workspace/configuration: only what the client passed at start-up counts.
    const client = await LspTestClient.start({ locale: 'ko', initializationOptions: { locale: 'en' }, capabilities: { workspace: { configuration: false } } });
    try {
      await openAll(client);
      const lensTitles = await lenses(client, JSON_URI);
      assert.deepEqual(lensTitles.slice(1), ['Preview Priority Order', 'Apply']);
      assert.deepEqual(messagesOf(await client.diagnostics(REG_URI)), coreMessages(DOCS[0], 'en'));
    } finally {
      await client.shutdown();
    }
  });
});
