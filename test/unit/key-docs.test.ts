// The key documentation hovers and completions show: English from the schemas, Korean from
// core/json/keyDocs.ts, for every key of both forms.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { keyDocsFor } from '../../core/json/keys';
import { KEY_DOCS_KO } from '../../core/json/keyDocs';
import { render } from '../../core/rules/render';

const HANGUL = /[\uAC00-\uD7A3]/;

describe('key documentation in every locale', () => {
  for (const form of ['registration', 'payload'] as const) {
    test(`${form}: every documented key has Korean, and its English is the schema's`, () => {
      const missing: string[] = [];
      for (const doc of keyDocsFor(form)) {
        assert.equal(render(doc.text, 'en'), doc.description, `${doc.key}: English is the schema's markdownDescription`);
        if (!HANGUL.test(render(doc.text, 'ko'))) missing.push(doc.key);
      }
      assert.deepEqual(missing, []);
    });
  }

  test('no Korean entry for a key the schemas do not have (a misspelt key name)', () => {
    const known = new Set([...keyDocsFor('registration'), ...keyDocsFor('payload')].map((d) => d.key));
    assert.deepEqual(Object.keys(KEY_DOCS_KO).filter((k) => !known.has(k)), []);
  });
});
