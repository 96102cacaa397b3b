import { render } from '../../core/rules/render';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { editionMarkdown, jsonHover, regionMarkdown } from '../../core/intel/hover';
import { registrationMarkdown, runPlace, runPlaceTitle } from '../../core/intel/runOrder';
import { DEFAULT_SETTINGS, type Registration } from '../../core/model/registration';
import { cursor } from './intel-helpers';

function reg(name: string, priority: number, extra: Partial<Registration> = {}): Registration {
  return {
    name,
    form: 'registry',
    path: `file:///w/${name}.reg`,
    span: { start: 0, end: 10 },
    nameSpan: { start: 1, end: 5 },
    priority,
    priorityExplicit: true,
    settings: { ...DEFAULT_SETTINGS },
    hasErrors: false,
    ...extra,
  };
}

function hover(textWithCursor: string, form: 'registration' | 'payload' = 'registration', locale?: string, registration?: Registration) {
  const { text, offset } = cursor(textWithCursor);
  return jsonHover(text, offset, form, { locale, registrations: registration ? [registration] : [] }, registration);
}

describe('hovers in JSON', () => {
  test('a key: its meaning, default, range and the rule\'s source; the span is the key', () => {
    const h = hover('{"Max|RetryCount": 3}');
    assert.ok(h);
    assert.match(render(h.markdown), /^\*\*MaxRetryCount\*\* \(registration file\)/);
    assert.match(render(h.markdown), /default `1` · range `1\.\.5`/);
    assert.match(render(h.markdown), /\[AO\]/);
    assert.deepEqual(h.span, { start: 1, end: 16 });
    const payload = hover('{"Max|RetryCount": 3}', 'payload');
    assert.match(render(payload?.markdown ?? ''), /range `0\.\.5`/);
    assert.match(render(payload?.markdown ?? ''), /\[KO-DOC\]/);
  });

  test('a value shows the doc of its own property, not of a later one', () => {
    assert.match(render(hover('{"Source": "St|ore", "Scenario": "Update"}')?.markdown ?? ''), /^\*\*Source\*\*/);
    assert.match(render(hover('{"ExcludedRegions": ["G|B"], "IncludedEditions": [48]}')?.markdown ?? ''), /United Kingdom/);
  });

  test('an unknown key has no hover (its diagnostic speaks for it)', () => {
    assert.equal(hover('{"Foo|": 1}'), undefined);
  });

  test('a region: the country name in English or Korean; a reserved code says why and what to use', () => {
    assert.match(render(hover('{"ExcludedRegions": ["K|R"]}')?.markdown ?? ''), /\*\*KR\*\* · South Korea\n/);
    assert.match(render(hover('{"ExcludedRegions": ["K|R"]}', 'registration', 'ko')?.markdown ?? ''), /\*\*KR\*\* · 대한민국 \(South Korea\)/);
    const uk = render(hover('{"ExcludedRegions": ["U|K"]}')?.markdown ?? '');
    assert.match(uk, /\*\*UK\*\* is not a valid region: UK is exceptionally reserved/);
    assert.match(uk, /Use `GB` \(United Kingdom\)/);
    assert.match(render(regionMarkdown('gb', 'en')), /lowercase/);
  });

  test('XK: accepted, and the hover says it is user-assigned and used by Windows for Kosovo', () => {
    const xk = render(hover('{"IncludedRegions": ["X|K"]}', 'registration')?.markdown ?? '');
    assert.match(xk, /^\*\*XK\*\* · Kosovo\n\nXK is a user-assigned code, not an ISO 3166-1 assignment; Windows' own geo data uses it for Kosovo/);
  });

  test('an edition code: its name', () => {
    assert.match(render(hover('{"IncludedEditions": [4|8]}')?.markdown ?? ''), /\*\*48\*\* · Pro\n\n`PRODUCT_PROFESSIONAL`/);
    assert.match(render(editionMarkdown(99999)), /not a known Windows edition/);
  });

  test('OEMName, UpdaterName and Priority show the run order', () => {
    const me = reg('Contoso_Photo', 20, { form: 'file' });
    const h = hover('{"OEMName": "Con|toso"}', 'registration', undefined, me);
    assert.match(render(h?.markdown ?? ''), /priority 20 · runs 1st of 1/);
  });
});

describe('run order', () => {
  const all = [reg('A', 5), reg('B', 1), reg('C', 5), reg('D', 50), reg('E', 100, { priorityExplicit: false })];

  test('place, title, neighbours and ties', () => {
    const place = runPlace(all[0], all);
    assert.equal(place.rank, 2);
    assert.equal(place.total, 5);
    assert.equal(render(runPlaceTitle(all[0], place)), 'priority 5 · runs 2nd of 5');
    assert.equal(render(runPlaceTitle(all[4], runPlace(all[4], all))), 'priority 100 (default) · runs 5th of 5');
    const md = render(registrationMarkdown(all[0], all));
    assert.match(md, /Runs after `B` \(priority 1\), before `C` \(priority 5\)/);
    assert.match(md, /Shares priority 5 with `C`/);
  });

  test('a registration missing from the set is placed among it', () => {
    assert.equal(runPlace(reg('Z', 2), all).rank, 2);
  });
});
