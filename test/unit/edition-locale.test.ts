// Edition names are product names and stay as Microsoft writes them in every language (l10n/GLOSSARY.md);
// the text around them — hover lines, completion documentation, simulate reasons — is Korean in Korean,
// and the two entries that are no product have words of their own.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allEditions, editionInfo, editionLabel, editionName } from '../../core/data/editions';
import { jsonHover } from '../../core/intel/hover';
import { completeJson } from '../../core/intel/jsonCompletion';
import { render } from '../../core/rules/render';
import type { Locale } from '../../core/rules/message';

const HANGUL = /[\uAC00-\uD7A3]/;

function hoverOf(code: number, locale: Locale): string {
  const text = `{"IncludedEditions": [${code}]}`;
  const h = jsonHover(text, text.indexOf(String(code)) + 1, 'registration', { locale });
  assert.ok(h, `a hover for ${code}`);
  return render(h.markdown, locale);
}

function editionCompletions(locale: Locale) {
  const text = '{"IncludedEditions": []}';
  return completeJson(text, text.indexOf(']'), 'registration', { locale }).map((i) => ({ label: i.label, detail: render(i.detail ?? '', locale), documentation: render(i.documentation ?? '', locale) }));
}

describe('edition names in Korean', () => {
  test('hover of 48: the product name as it is, the line about the code in Korean; English unchanged', () => {
    assert.equal(hoverOf(48, 'en'), '**48** · Pro\n\n`PRODUCT_PROFESSIONAL` (0x00000030), a GetProductInfo edition code');
    assert.equal(hoverOf(48, 'ko'), '**48** · Pro\n\n`PRODUCT_PROFESSIONAL` (0x00000030), GetProductInfo 에디션 코드');
  });

  test('hover of a Server edition and of a code that is no product: Korean words', () => {
    assert.match(hoverOf(7, 'ko'), /^\*\*7\*\* · Server Standard\n\n`PRODUCT_STANDARD_SERVER` \(0x00000007\), GetProductInfo 에디션 코드\n\nServer 에디션: /);
    assert.equal(hoverOf(0, 'ko'), '**0** · 정의되지 않음(알 수 없는 제품)\n\n`PRODUCT_UNDEFINED` (0x00000000), GetProductInfo 에디션 코드\n\n실제 에디션이 아닙니다.');
    assert.equal(hoverOf(0, 'en'), '**0** · Undefined (unknown product)\n\n`PRODUCT_UNDEFINED` (0x00000000), a GetProductInfo edition code\n\nNot a real edition.');
  });

  test('completions: product names kept, the Server note in Korean, one item per real edition in both languages', () => {
    const [en, ko] = [editionCompletions('en'), editionCompletions('ko')];
    assert.deepEqual(ko.map((i) => i.label), en.map((i) => i.label));
    assert.equal(ko.length, allEditions().filter((e) => !e.special).length);
    assert.deepEqual(ko.find((i) => i.label === '48'), { label: '48', detail: 'Pro (0x00000030)', documentation: '`PRODUCT_PROFESSIONAL`' });
    assert.equal(ko.find((i) => i.label === '121')?.detail, 'Education (0x00000079)');
    const server = ko.find((i) => i.label === '7');
    assert.match(server?.documentation ?? '', /^`PRODUCT_STANDARD_SERVER` · Server 에디션: .*실행되지 않음$/);
    assert.ok(ko.filter((i) => editionInfo(Number(i.label))?.server).every((i) => HANGUL.test(i.documentation)), 'every Server note in Korean');
    assert.ok(en.every((i) => !HANGUL.test(i.documentation)));
  });

  test('every edition name renders in both languages; only the non-products differ', () => {
    for (const info of allEditions()) {
      const [en, ko] = [render(editionName(info), 'en'), render(editionName(info), 'ko')];
      assert.equal(en, info.name);
      if (info.special) assert.match(ko, HANGUL, info.constant);
      else assert.equal(ko, info.name, info.constant);
    }
    assert.equal(render(editionLabel(48), 'ko'), '48 (Pro)');
    assert.equal(render(editionLabel(2882382797), 'ko'), '2882382797 (라이선스 없음)');
    assert.equal(render(editionLabel(99999), 'ko'), '99999');
  });
});
