import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../core/analyze';
import { completionsAt } from '../../core/intel/completion';
import { hoverAt } from '../../core/intel/hover';
import { decodedOffsetAt, scanRegString } from '../../core/intel/regString';
import { snippetSyntax } from '../../core/intel/snippet';
import { accept, cursor, find, labels } from './intel-helpers';
import { render } from '../../core/rules/render';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const PAYLOAD = '{\\"PFN\\": \\"Contoso.PhotoStudio_3r0m8qfzv1p4c\\", \\"Endpoint\\": \\"https://contoso.example/a.msixbundle\\"}';

function reg(body: string): string {
  return `Windows Registry Editor Version 5.00\r\n\r\n${body}`;
}

function registration(name: string, priority: string, payload = PAYLOAD): string {
  return `[${KEY}\\${name}]\r\n"updaterPriority"=dword:${priority}\r\n"expeditedPayload"="${payload}"\r\n\r\n`;
}

function analyse(text: string) {
  return analyzeDocument({ path: 'file:///w/test.reg', text, languageId: 'reg' });
}

function complete(textWithCursor: string, locale?: string) {
  const { text, offset } = cursor(textWithCursor);
  return { text, items: completionsAt(analyse(text), offset, { locale }) };
}

function errorsOf(text: string): string[] {
  return analyse(text)
    .findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${f.code}: ${render(f.message)}`);
}

describe('.reg string mapping', () => {
  test('document offsets map to decoded offsets through escapes, and back', () => {
    const text = '"a\\"b\\\\c"';
    const literal = scanRegString(text, 0);
    assert.equal(literal.value, 'a"b\\c');
    assert.equal(decodedOffsetAt(literal, 2), 1, 'on the backslash of \\" = before the quote');
    assert.equal(decodedOffsetAt(literal, 3), 1, 'between \\ and " = still before the quote');
    assert.equal(decodedOffsetAt(literal, 4), 2);
    assert.equal(literal.sourceOffset(literal.value.length), text.length - 1, 'the end maps to the closing quote');
  });
});

describe('.reg completions', () => {
  test('the valid fixture itself has no errors (the baseline for the accept tests)', () => {
    assert.deepEqual(errorsOf(reg(registration('Contoso_PhotoStudio', '00000005'))), []);
  });

  test('inside the escaped payload: payload keys, inserted with \\" escapes; the result validates clean', () => {
    const payload = PAYLOAD.replace('}', ', |}');
    const { text, items } = complete(reg(registration('Contoso_PhotoStudio', '00000005', payload)));
    assert.ok(!labels(items).includes('PFN'));
    const retry = find(items, 'MaxRetryCount');
    assert.equal(snippetSyntax(retry.insert), '\\\\"MaxRetryCount\\\\": ${1:1}');
    assert.equal(retry.filterText, '\\"MaxRetryCount\\"');
    const edited = accept(text, retry);
    assert.ok(edited.includes(', \\"MaxRetryCount\\": 1}"'), edited);
    assert.deepEqual(errorsOf(edited), []);
  });

  test('a half-typed escaped key is replaced, escapes included', () => {
    const payload = PAYLOAD.replace('}', ', \\"Allo|\\"}');
    const { text, items } = complete(reg(registration('Contoso_PhotoStudio', '00000005', payload)));
    const edited = accept(text, find(items, 'AllowedInOobe'));
    assert.ok(edited.includes(', \\"AllowedInOobe\\": false}"'), edited);
    assert.deepEqual(errorsOf(edited), []);
  });

  test('right after a backslash typed for an escape, the item replaces the backslash', () => {
    const { text, items } = complete(reg(registration('Contoso_PhotoStudio', '00000005', PAYLOAD.replace('}', ', \\|}'))));
    const edited = accept(text, find(items, 'AllowedInOobe'));
    assert.ok(edited.includes(', \\"AllowedInOobe\\": false}"'), edited);
    assert.deepEqual(errorsOf(edited), []);
  });

  test('region codes inside the payload, with Korean names for a Korean display language', () => {
    const payload = PAYLOAD.replace('}', ', \\"ExcludedRegions\\": [\\"|\\"]}');
    const { text, items } = complete(reg(registration('Contoso_PhotoStudio', '00000005', payload)), 'ko');
    assert.equal(render(find(items, 'KR').detail ?? ''), '대한민국');
    const edited = accept(text, find(items, 'GB'));
    assert.ok(edited.includes('\\"ExcludedRegions\\": [\\"GB\\"]}"'), edited);
    assert.deepEqual(errorsOf(edited), []);
  });

  test('an empty payload string offers the whole payload, escaped on one line', () => {
    const { text, items } = complete(reg(registration('Contoso_PhotoStudio', '00000005', '|')));
    const edited = accept(text, find(items, 'New expeditedPayload'));
    assert.ok(!/"expeditedPayload"="[^\r\n]*\n/.test(edited.replace(/\r\n/g, '\u0000')), 'one line');
    assert.deepEqual(errorsOf(edited), []);
  });

  test('key paths after [', () => {
    const { text, items } = complete(reg('[HKEY_LOCAL_MACHINE\\SOFTWARE\\|'));
    const item = find(items, `${KEY}\\…`);
    assert.equal(snippetSyntax(item.insert), `${KEY.replace(/\\/g, '\\\\')}\\\\\${1:Contoso_PhotoStudio}]`);
    assert.equal(accept(text, item), reg(`[${KEY}\\Contoso_PhotoStudio]`));
  });

  test('value names under a registration key, skipping those present, writing `"name"=data`', () => {
    const body = `[${KEY}\\Contoso_PhotoStudio]\r\n"updaterPriority"=dword:00000005\r\n"|"\r\n`;
    const { text, items } = complete(reg(body));
    assert.deepEqual(labels(items), ['expeditedPayload', 'workCompleted']);
    assert.equal(accept(text, find(items, 'workCompleted')), reg(`[${KEY}\\Contoso_PhotoStudio]\r\n"updaterPriority"=dword:00000005\r\n"workCompleted"=dword:00000001\r\n`));
    const parent = complete(reg(`[${KEY}]\r\n"|`));
    assert.deepEqual(labels(parent.items), ['BlockedOobeUpdaters']);
    assert.deepEqual(labels(complete(reg('[HKEY_CURRENT_USER\\Software\\Foo]\r\n"|')).items), [], 'unrelated keys get nothing');
  });

  test('dword: data for updaterPriority', () => {
    const { text, items } = complete(reg(`[${KEY}\\Contoso_PhotoStudio]\r\n"updaterPriority"=|\r\n`));
    assert.equal(items.length, 1);
    assert.equal(snippetSyntax(items[0].insert), 'dword:${1:00000032}');
    assert.ok(accept(text, items[0]).includes('"updaterPriority"=dword:00000032\r\n'));
  });

  test('a blank line offers a new registration; the result validates clean', () => {
    const { text, items } = complete(reg('|'));
    const snippet = find(items, 'New registration (UScheduler_OOBE)');
    const edited = accept(text, snippet);
    assert.equal(analyse(edited).registrations.length, 1);
    assert.deepEqual(errorsOf(edited), []);
  });

  test('nothing in comments', () => {
    assert.deepEqual(complete(reg('; a comment |\r\n')).items, []);
  });
});

describe('.reg hovers', () => {
  const text = reg(registration('Contoso_PhotoStudio', '0000000a') + registration('Fabrikam_Tool', '00000005'));
  const analysis = analyse(text);
  const at = (needle: string, delta = 1, locale?: string) => hoverAt(analysis, text.indexOf(needle) + delta, { locale, registrations: analysis.registrations });

  test('a dword value shows its decimal value', () => {
    const h = at('dword:0000000a', 8);
    assert.match(render(h?.markdown ?? ''), /^`REG_DWORD` \*\*10\*\* \(0x0000000a\)/);
    assert.match(render(h?.markdown ?? ''), /priority 10 · runs 2nd of 2/, 'updaterPriority also shows the run order');
  });

  test('a registration key shows its priority and place in the run order', () => {
    const h = at('Contoso_PhotoStudio]', 2);
    assert.match(render(h?.markdown ?? ''), /priority 10 · runs 2nd of 2/);
    assert.match(render(h?.markdown ?? ''), /Runs after `Fabrikam_Tool` \(priority 5\)/);
  });

  test('a value name shows what the value means', () => {
    assert.match(render(at('"updaterPriority"', 3)?.markdown ?? ''), /\*\*updaterPriority\*\* · `REG_DWORD`[\s\S]*lower runs earlier/);
  });

  test('a payload key inside the escaped string shows its doc, on the escaped characters', () => {
    const offset = text.indexOf('Endpoint');
    const h = hoverAt(analysis, offset + 2, { registrations: analysis.registrations });
    assert.match(render(h?.markdown ?? ''), /\*\*Endpoint\*\* \(expeditedPayload\)/);
    assert.equal(text.slice(h!.span.start, h!.span.end), '\\"Endpoint\\"');
  });

  test('a region inside the payload, in Korean', () => {
    const t = reg(registration('Contoso_PhotoStudio', '00000005', PAYLOAD.replace('}', ', \\"ExcludedRegions\\": [\\"KR\\"]}')));
    const a = analyse(t);
    const h = hoverAt(a, t.indexOf('KR') + 1, { locale: 'ko' });
    assert.match(render(h?.markdown ?? ''), /\*\*KR\*\* · 대한민국/);
  });
});

describe('.reg completions on the first line (no header yet)', () => {
  test('an empty file offers the header and a whole file; the whole file validates clean', () => {
    const { text, items } = complete('|');
    assert.deepEqual(labels(items).slice(0, 2), ['Windows Registry Editor Version 5.00', 'New .reg file with a registration (UScheduler_OOBE)']);
    const whole = accept(text, find(items, 'New .reg file with a registration (UScheduler_OOBE)'));
    assert.match(whole, /^Windows Registry Editor Version 5\.00\r\n\r\n\[HKEY_LOCAL_MACHINE/);
    assert.deepEqual(errorsOf(whole), []);
  });

  test('typing "W" on line 1 offers the header line, which replaces what was typed', () => {
    const { text, items } = complete('W|');
    const header = find(items, 'Windows Registry Editor Version 5.00');
    assert.equal(accept(text, header), 'Windows Registry Editor Version 5.00\r\n\r\n');
  });

  test('once the header is there, line 1 offers no header again', () => {
    const { items } = complete(reg('|'));
    assert.ok(!labels(items).includes('Windows Registry Editor Version 5.00'));
  });
});

describe('.reg completions right after `{` in the payload', () => {
  test('`{` typed as the payload\'s first character offers the payload keys; `{` in a key path offers nothing', () => {
    const { text, offset } = cursor(reg(`[${KEY}\\A]\r\n"updaterPriority"=dword:00000005\r\n"expeditedPayload"="{|"\r\n`));
    const items = completionsAt(analyse(text), offset, { triggerCharacter: '{' });
    assert.ok(labels(items).includes('PFN'), labels(items).join(', '));
    const key = cursor(reg(`[${KEY}\\{|]\r\n`));
    assert.deepEqual(completionsAt(analyse(key.text), key.offset, { triggerCharacter: '{' }), []);
  });
});
