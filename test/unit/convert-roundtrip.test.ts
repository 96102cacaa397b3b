import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../core/analyze';
import { registrationFileFromRegistry } from '../../core/convert/toFile';
import { regFromRegistrationFile } from '../../core/convert/toRegistry';
import type { Registration } from '../../core/model/registration';
import type { ImportedKey } from '../../core/reg/model';
import { parseReg } from '../../core/reg/parse';
import { render } from '../../core/rules/render';
import { importedValues } from '../../core/reg/values';

const examples = join(__dirname, '..', '..', 'examples');

function decode(bytes: Buffer): string {
  return bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString('utf16le') : bytes.toString('latin1');
}

function regDocument(name: string): { text: string; registrations: Registration[] } {
  const bytes = readFileSync(join(examples, name));
  const text = decode(bytes);
  const analysis = analyzeDocument({ path: name, text, encoding: bytes[0] === 0xff ? 'utf16le-bom' : 'ansi' });
  return { text, registrations: analysis.registrations };
}

function fileRegistration(text: string): Registration {
  const analysis = analyzeDocument({ path: 'updater_x.json', text });
  assert.deepEqual(analysis.findings, [], 'the converted registration file validates clean');
  assert.equal(analysis.registrations.length, 1);
  return analysis.registrations[0];
}

function regRegistrations(text: string): Registration[] {
  const analysis = analyzeDocument({ path: 'converted.reg', text, encoding: 'utf16le-bom' });
  assert.deepEqual(analysis.findings, [], 'the converted .reg validates clean');
  return analysis.registrations;
}

function keyOf(text: string, name: string): ImportedKey {
  const key = importedValues(parseReg(text)).find((k) => k.key.toLowerCase().endsWith(`\\${name.toLowerCase()}`));
  assert.ok(key, `${name} is in the document`);
  return key;
}

/** The payload compared as JSON; everything else exactly. */
function comparable(key: ImportedKey): unknown {
  return key.values.map((v) => (v.name === 'expeditedPayload' && typeof v.data === 'string' ? { ...v, data: JSON.parse(v.data) as unknown } : v));
}

function namesOf(reg: Registration): { OEMName: string; UpdaterName: string } {
  const [OEMName, ...rest] = reg.name.split('_');
  return { OEMName, UpdaterName: rest.join('_') };
}

describe('registry form → registration file → registry form', () => {
  for (const example of ['fabrikam-apps.reg', 'northwind-regedit4.reg']) {
    test(`${example}: every registration comes back with the same values`, () => {
      const { text, registrations } = regDocument(example);
      assert.ok(registrations.length >= 2);
      for (const reg of registrations) {
        const file = registrationFileFromRegistry(reg, namesOf(reg));
        const back = regFromRegistrationFile(fileRegistration(file.text));
        const [again] = regRegistrations(back.text);
        assert.equal(again.name, reg.name);
        assert.deepEqual(comparable(keyOf(back.text, reg.name)), comparable(keyOf(text, reg.name)));
        assert.deepEqual(again.settings, reg.settings);
        assert.equal(again.priority, reg.priority);
      }
    });
  }

  test('a canonical compact payload comes back byte for byte', () => {
    const { text, registrations } = regDocument('fabrikam-apps.reg');
    const reg = registrations[0];
    const back = regFromRegistrationFile(fileRegistration(registrationFileFromRegistry(reg, namesOf(reg)).text));
    assert.deepEqual(keyOf(back.text, reg.name), keyOf(text, reg.name));
  });

  test('the registration file has the documented shape and says what it assumed', () => {
    const { registrations } = regDocument('fabrikam-apps.reg');
    const reg = registrations.find((r) => r.name === 'Fabrikam_PhotoStudio')!;
    const file = registrationFileFromRegistry(reg, { OEMName: 'Fabrikam', UpdaterName: 'PhotoStudio' });
    assert.equal(
      file.text,
      `${JSON.stringify(
        {
          PFN: 'Fabrikam.PhotoStudio_qavgzrv0bsdkw',
          OEMName: 'Fabrikam',
          UpdaterName: 'PhotoStudio',
          RegistrationVersion: 1,
          Source: 'CustomURL',
          Scenario: 'Acquisition',
          Endpoint: 'https://downloads.fabrikam.com/oobe/PhotoStudio.msixbundle',
          AllowedInOobe: true,
          MaxRetryCount: 3,
          TimeoutDurationInMinutes: 20,
          Priority: 10,
        },
        null,
        2,
      )}\n`,
    );
    assert.ok(file.notes.some((n) => /CustomURL/.test(render(n))));
    assert.ok(file.notes.some((n) => /Acquisition/.test(render(n))));
    assert.ok(file.notes.some((n) => /RegistrationVersion 1/.test(render(n))));
  });

  test('a missing updaterPriority becomes Priority 100 with a note', () => {
    const text = ['Windows Registry Editor Version 5.00', '', '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Fabrikam_Tool]', '"expeditedPayload"="{\\"PFN\\":\\"Fabrikam.Tool_qavgzrv0bsdkw\\",\\"Endpoint\\":\\"https://downloads.fabrikam.com/Tool.msix\\"}"', ''].join('\r\n');
    const [reg] = analyzeDocument({ path: 'a.reg', text, encoding: 'utf16le-bom' }).registrations;
    const file = registrationFileFromRegistry(reg, { OEMName: 'Fabrikam', UpdaterName: 'Tool' });
    assert.equal((JSON.parse(file.text) as { Priority: number }).Priority, 100);
    assert.ok(file.notes.some((n) => /Priority 100.*default is assumed/.test(render(n))));
  });
});

describe('registration file → registry form → registration file', () => {
  const original = {
    PFN: 'Contoso.Companion_8wekyb3d8bbwe',
    OEMName: 'Contoso',
    UpdaterName: 'Companion',
    RegistrationVersion: 1,
    Source: 'CustomURL',
    Scenario: 'Acquisition',
    Endpoint: 'https://apps.contoso.com/Companion.msix',
    AllowedInOobe: true,
    MaxRetryCount: 4,
    TimeoutDurationInMinutes: 25,
    Priority: 35,
    ExcludedRegions: ['GB', 'DE'],
  };

  test('keeps the settings and the priority', () => {
    const reg = fileRegistration(JSON.stringify(original, null, 2));
    const converted = regFromRegistrationFile(reg);
    assert.ok(converted.text.startsWith('Windows Registry Editor Version 5.00'));
    const [registry] = regRegistrations(converted.text);
    assert.equal(registry.name, 'Contoso_Companion');
    assert.equal(registry.priority, 35);
    const back = fileRegistration(registrationFileFromRegistry(registry, { OEMName: 'Contoso', UpdaterName: 'Companion' }).text);
    assert.deepEqual(back.settings, reg.settings);
    assert.equal(back.priority, reg.priority);
    assert.equal(back.name, reg.name);
  });

  test('the .reg holds updaterPriority and the compact payload, escaped', () => {
    const converted = regFromRegistrationFile(fileRegistration(JSON.stringify(original)));
    const key = keyOf(converted.text, 'Contoso_Companion');
    assert.equal(key.key, 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_Companion');
    assert.deepEqual(key.values, [
      { name: 'updaterPriority', type: 'REG_DWORD', data: 35 },
      {
        name: 'expeditedPayload',
        type: 'REG_SZ',
        data: '{"PFN":"Contoso.Companion_8wekyb3d8bbwe","Endpoint":"https://apps.contoso.com/Companion.msix","AllowedInOobe":true,"MaxRetryCount":4,"TimeoutDurationInMinutes":25,"ExcludedRegions":["GB","DE"]}',
      },
    ]);
    assert.ok(converted.text.includes('"expeditedPayload"="{\\"PFN\\":\\"Contoso.Companion_8wekyb3d8bbwe\\"'));
  });

  test('notes say what the registry form cannot express', () => {
    const store = {
      PFN: 'Contoso.Camera_8wekyb3d8bbwe', OEMName: 'Contoso', UpdaterName: 'Camera', RegistrationVersion: 2,
      Source: 'Store', ProductId: '9NBLGGH4NNS1', Scenario: 'Update', IncludedRegions: ['US'], IncludedEditions: [48], Architecture: 'arm64',
    };
    const reg = fileRegistration(JSON.stringify(store));
    const { notes, text } = regFromRegistrationFile(reg);
    const joined = notes.map((n) => render(n)).join('\n');
    assert.match(joined, /Source Store.*Endpoint/);
    assert.match(joined, /9NBLGGH4NNS1/);
    assert.match(joined, /Scenario Update/);
    assert.match(joined, /IncludedRegions/);
    assert.match(joined, /IncludedEditions/);
    assert.match(joined, /Architecture/);
    assert.match(joined, /Priority is not set: updaterPriority 100/);
    const payload = keyOf(text, 'Contoso_Camera').values.find((v) => v.name === 'expeditedPayload');
    assert.deepEqual(JSON.parse(payload!.data as string), { PFN: 'Contoso.Camera_8wekyb3d8bbwe' });
  });
});
