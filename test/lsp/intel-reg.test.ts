// Completions (including inside the escaped expeditedPayload string), hovers and code lens on
// .reg documents, over a real stdio connection. Needs `npm run build` first (dist/server.js).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, Position } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../helpers/lspClient';
import { acceptItem, completions, hoverText, item, withCursor } from './intel-helpers';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const PAYLOAD = '{\\"PFN\\": \\"Contoso.PhotoStudio_3r0m8qfzv1p4c\\", \\"Endpoint\\": \\"https://contoso.example/a.msixbundle\\"}';

function regText(body: string): string {
  return `Windows Registry Editor Version 5.00\r\n\r\n${body}`;
}

function registration(name: string, priority: string, payload = PAYLOAD): string {
  return `[${KEY}\\${name}]\r\n"updaterPriority"=dword:${priority}\r\n"expeditedPayload"="${payload}"\r\n\r\n`;
}

function positionOf(text: string, offset: number): Position {
  const lines = text.slice(0, offset).split(/\r\n|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

describe('.reg files over LSP', () => {
  let en: LspTestClient;
  let ko: LspTestClient;
  let n = 0;
  const nextUri = () => `file:///intel-reg/doc${++n}.reg`;

  before(async () => {
    [en, ko] = await Promise.all([LspTestClient.start({ locale: 'en' }), LspTestClient.start({ locale: 'ko' })]);
  });
  after(async () => {
    await Promise.all([en?.shutdown(), ko?.shutdown()]);
  });

  /** Opens, asserts the fixture is clean, runs `body`, closes. */
  async function withDoc(client: LspTestClient, text: string, body: (uri: string) => Promise<void>): Promise<void> {
    const uri = nextUri();
    await client.open(uri, 'reg', text);
    try {
      await body(uri);
    } finally {
      await client.close(uri);
    }
  }

  async function problems(client: LspTestClient, uri: string, text: string): Promise<string[]> {
    await client.change(uri, text);
    return (await client.diagnostics(uri)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${d.code}: ${d.message}`);
  }

  test('inside the escaped payload string: payload keys whose inserted text is escaped; accepting one leaves a valid .reg', async () => {
    const { text, position } = withCursor(regText(registration('Contoso_PhotoStudio', '00000005', PAYLOAD.replace('}', ', |}'))));
    await withDoc(en, text, async (uri) => {
      const items = await completions(en, uri, position);
      assert.ok(!items.some((i) => i.label === 'PFN' || i.label === 'Endpoint'), 'keys present are not offered');
      const timeout = item(items, 'TimeoutDurationInMinutes');
      assert.equal(timeout.detail, 'integer 1..30 · default 15');
      assert.equal((timeout.textEdit as { newText: string }).newText, '\\\\"TimeoutDurationInMinutes\\\\": ${1:15}');
      assert.equal(timeout.filterText, '\\"TimeoutDurationInMinutes\\"');
      const edited = acceptItem(text, timeout);
      assert.ok(edited.includes(', \\"TimeoutDurationInMinutes\\": 15}"\r\n'), edited);
      assert.deepEqual(await problems(en, uri, edited), []);
    });
  });

  test('a half-typed escaped key is replaced with its escapes; the .reg then validates clean', async () => {
    const { text, position } = withCursor(regText(registration('Contoso_PhotoStudio', '00000005', PAYLOAD.replace('}', ', \\"Max|\\"}'))));
    await withDoc(en, text, async (uri) => {
      const items = await completions(en, uri, position);
      const retry = item(items, 'MaxRetryCount');
      const range = (retry.textEdit as { range: { start: Position; end: Position } }).range;
      const line = text.split('\r\n')[range.start.line];
      assert.equal(line.slice(range.start.character, range.end.character), '\\"Max\\"', 'the replaced range is the escaped key');
      const edited = acceptItem(text, retry);
      assert.deepEqual(await problems(en, uri, edited), [], edited);
    });
  });

  test('region codes inside the payload, in English and Korean; the inserted code is escaped', async () => {
    const { text, position } = withCursor(regText(registration('Contoso_PhotoStudio', '00000005', PAYLOAD.replace('}', ', \\"ExcludedRegions\\": [|]}'))));
    await withDoc(en, text, async (uri) => {
      const items = await completions(en, uri, position);
      assert.equal(item(items, 'GB').detail, 'United Kingdom');
      assert.equal((item(items, 'GB').textEdit as { newText: string }).newText, '\\"GB\\"');
      const edited = acceptItem(text, item(items, 'GB'));
      assert.ok(edited.includes('[\\"GB\\"]}"'), edited);
      assert.deepEqual(await problems(en, uri, edited), []);
    });
    await withDoc(ko, text, async (uri) => {
      assert.equal(item(await completions(ko, uri, position), 'KR').detail, '대한민국');
    });
  });

  test('key paths, value names and dword: values', async () => {
    const keyLine = withCursor(regText('[HKEY_LOCAL_MACHINE\\SOFTWARE\\|\r\n'));
    await withDoc(en, keyLine.text, async (uri) => {
      const items = await completions(en, uri, keyLine.position);
      const path = item(items, `${KEY}\\…`);
      assert.equal(path.detail, 'a registration (registry form)');
      assert.equal(acceptItem(keyLine.text, path), regText(`[${KEY}\\Contoso_PhotoStudio]\r\n`));
    });
    const names = withCursor(regText(`[${KEY}\\Contoso_PhotoStudio]\r\n"|"\r\n`));
    await withDoc(en, names.text, async (uri) => {
      const items = await completions(en, uri, names.position);
      assert.deepEqual(items.map((i) => i.label), ['updaterPriority', 'expeditedPayload', 'workCompleted']);
      assert.equal(item(items, 'updaterPriority').detail, 'REG_DWORD 1..100 · lower runs earlier');
      assert.ok(acceptItem(names.text, item(items, 'updaterPriority')).includes('\r\n"updaterPriority"=dword:00000032\r\n'));
    });
    const data = withCursor(regText(`[${KEY}\\Contoso_PhotoStudio]\r\n"updaterPriority"=dw|\r\n`));
    await withDoc(en, data.text, async (uri) => {
      const items = await completions(en, uri, data.position);
      assert.deepEqual(items.map((i) => [i.label, (i.textEdit as { newText: string }).newText]), [['dword:00000032', 'dword:${1:00000032}']]);
    });
  });

  test('a new-registration snippet on a blank line; accepting it validates clean', async () => {
    const { text, position } = withCursor(regText('|'));
    await withDoc(en, text, async (uri) => {
      const items = await completions(en, uri, position);
      const edited = acceptItem(text, item(items, 'New registration (UScheduler_OOBE)'));
      assert.ok(edited.includes(`[${KEY}\\Contoso_PhotoStudio]\r\n"updaterPriority"=dword:00000032\r\n"expeditedPayload"="{\\"PFN\\": `), edited);
      assert.deepEqual(await problems(en, uri, edited), [], edited);
    });
  });

  test('hovers: dword decimal, run order on the key, a payload key\'s doc, a region in English and Korean', async () => {
    const text = regText(
      registration('Contoso_PhotoStudio', '0000000a', PAYLOAD.replace('}', ', \\"ExcludedRegions\\": [\\"KR\\"]}')) + registration('Fabrikam_Tool', '00000005'),
    );
    const hover = async (client: LspTestClient, uri: string, offset: number) =>
      client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, offset) });
    await withDoc(en, text, async (uri) => {
      const dword = await hover(en, uri, text.indexOf('0000000a'));
      assert.match(hoverText(dword), /^`REG_DWORD` \*\*10\*\* \(0x0000000a\)/);
      assert.deepEqual(dword?.range?.start, positionOf(text, text.indexOf('dword:0000000a')));
      const key = await hover(en, uri, text.indexOf('Contoso_PhotoStudio]') + 3);
      assert.match(hoverText(key), /\*\*Contoso_PhotoStudio\*\* · registry form[\s\S]*priority 10 · runs 2nd of 2[\s\S]*Runs after `Fabrikam_Tool` \(priority 5\)/);
      const payloadKey = await hover(en, uri, text.indexOf('Endpoint') + 1);
      assert.match(hoverText(payloadKey), /\*\*Endpoint\*\* \(expeditedPayload\)[\s\S]*https/);
      assert.deepEqual(payloadKey?.range?.start, positionOf(text, text.indexOf('Endpoint') - 2), 'the range starts at the escaped quote');
      assert.match(hoverText(await hover(en, uri, text.indexOf('KR'))), /\*\*KR\*\* · South Korea/);
    });
    await withDoc(ko, text, async (uri) => {
      assert.match(hoverText(await hover(ko, uri, text.indexOf('KR'))), /\*\*KR\*\* · 대한민국 \(South Korea\)/);
    });
  });

  test('code lens on each registration: priority and rank, Preview Priority Order, Apply (that registration only)', async () => {
    const text = regText(registration('Contoso_PhotoStudio', '0000000a') + registration('Fabrikam_Tool', '00000005'));
    await withDoc(en, text, async (uri) => {
      const lenses = await en.codeLenses(uri);
      assert.deepEqual(
        lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command, l.command?.arguments]),
        [
          [2, 'priority 10 · runs 2nd of 2', '', undefined],
          [2, 'Preview Priority Order', 'expeditedApps.previewPriorityOrder', [uri]],
          [2, 'Apply', 'expeditedApps.apply', [uri, 'Contoso_PhotoStudio']],
          [6, 'priority 5 · runs 1st of 2', '', undefined],
          [6, 'Preview Priority Order', 'expeditedApps.previewPriorityOrder', [uri]],
          [6, 'Apply', 'expeditedApps.apply', [uri, 'Fabrikam_Tool']],
        ],
      );
    });
  });

  test('a client without snippet support gets plain text with the defaults filled in, still escaped', async () => {
    const plain = await LspTestClient.start({ capabilities: { textDocument: { completion: { completionItem: { snippetSupport: false } } } } });
    try {
      const { text, position } = withCursor(regText(registration('Contoso_PhotoStudio', '00000005', PAYLOAD.replace('}', ', |}'))));
      const uri = nextUri();
      await plain.open(uri, 'reg', text);
      const retry = item(await completions(plain, uri, position), 'MaxRetryCount');
      assert.equal(retry.insertTextFormat, 1);
      assert.equal((retry.textEdit as { newText: string }).newText, '\\"MaxRetryCount\\": 1');
      assert.equal(typeof retry.documentation, 'string', 'plain-text documentation');
    } finally {
      await plain.shutdown();
    }
  });
});
