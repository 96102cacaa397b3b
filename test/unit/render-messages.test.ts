// `render` (core/rules/render.ts) splits each template once at its placeholders; `sameMessage`
// (core/rules/message.ts) compares without allocating. Both must say exactly what the plain
// definitions say: one regular-expression replace per template, and a deep comparison.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allMessages, LOCALES, PLACEHOLDER, list, render, sameMessage, textOf, type Arg, type Locale, type Message } from '../../core/rules';

// Importing the areas registers every message (intel, phrases) before the checks run.
import '../../core/intel/hover';
import '../../core/intel/jsonCompletion';
import '../../core/intel/regCompletion';
import '../../core/simulate/texts';

/** The plain definition: the locale's template (English when it has none), each `{name}` replaced by its argument. */
function renderPlain(message: Message | string, locale: Locale): string {
  if (typeof message === 'string') return message;
  const text = textOf(message.id);
  if (!text) return message.id;
  const args = message.args;
  const template = text[locale] || text.en;
  if (!args) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => (args[name] === undefined ? whole : argPlain(args[name], locale)));
}

function argPlain(arg: Arg, locale: Locale): string {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'number') return String(arg);
  if ('list' in arg) return arg.list.map((x) => argPlain(x, locale)).join(arg.separator);
  return renderPlain(arg, locale);
}

/** The plain deep comparison. */
function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.join() === kb.join() && ka.every((k) => samePlain((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const ids = [...allMessages().keys()];
const text = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('{name}', '$&', '$1', '우선 순위', ''));
/** Messages of the catalogue with arguments of every kind (nested messages, lists), some missing. */
const message: fc.Arbitrary<Message> = fc.letrec<{ msg: Message; arg: Arg }>((tie) => ({
  msg: fc.record(
    {
      id: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constant('no.such.message') }),
      args: fc.dictionary(fc.constantFrom('name', 'found', 'count', 'listed', 'pfn', 'others', 'priority', 'value', 'key', 'x'), tie('arg'), { maxKeys: 4 }),
    },
    { requiredKeys: ['id'] },
  ),
  arg: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.integer({ min: -5, max: 10_000 }),
    tie('msg'),
    fc.tuple(fc.array(tie('arg'), { maxLength: 3 }), fc.constantFrom(', ', ' / ', '')).map(([items, separator]) => list(items, separator)),
  ),
})).msg;

describe('rendering messages', () => {
  test('every message of the catalogue renders as the plain replace does, in every locale', () => {
    for (const [id, t] of allMessages()) {
      const args: Record<string, Arg> = {};
      for (const m of t.en.matchAll(PLACEHOLDER)) args[m[1]] = `<${m[1]}>`;
      for (const locale of LOCALES) {
        assert.equal(render({ id, args }, locale), renderPlain({ id, args }, locale), `${id} (${locale})`);
        assert.equal(render({ id }, locale), renderPlain({ id }, locale), `${id} without arguments (${locale})`);
      }
    }
  });

  test('any arguments (missing, nested, lists, text that looks like a pattern) render as the plain replace does', () => {
    fc.assert(
      fc.property(message, fc.constantFrom(...LOCALES), (m, locale) => {
        assert.equal(render(m, locale), renderPlain(m, locale));
      }),
      { seed: 20261201, numRuns: 2000 },
    );
  });

  test('a locale outside the types renders English, as the plain replace does', () => {
    const [id, t] = [...allMessages()].find(([, x]) => x.en.includes('{'))!;
    const args = Object.fromEntries([...t.en.matchAll(PLACEHOLDER)].map((m) => [m[1], 'x']));
    assert.equal(render({ id, args }, 'fr' as Locale), render({ id, args }, 'en'));
    assert.equal(render({ id, args }, undefined), render({ id, args }, 'en'));
  });

  test('a plain string renders as itself; an unknown id as the id', () => {
    assert.equal(render('C:\\a {name}.reg', 'ko'), 'C:\\a {name}.reg');
    assert.equal(render({ id: 'no.such.message', args: { name: 'x' } }), 'no.such.message');
  });
});

describe('comparing messages', () => {
  test('sameMessage agrees with a plain deep comparison, on equal copies and on any two messages', () => {
    fc.assert(
      fc.property(message, message, (a, b) => {
        assert.equal(sameMessage(a, structuredClone(a)), true);
        assert.equal(sameMessage(a, b), samePlain(a, b));
      }),
      { seed: 20261201, numRuns: 2000 },
    );
  });

  test('an argument missing on one side, a list against a message, or another separator differ', () => {
    const id = ids[0];
    assert.equal(sameMessage({ id, args: { a: 'x' } }, { id, args: { a: 'x', b: 'y' } }), false);
    assert.equal(sameMessage({ id, args: { a: 'x', b: 'y' } }, { id, args: { a: 'x' } }), false);
    assert.equal(sameMessage({ id, args: { a: list(['x']) } }, { id, args: { a: { id: 'x' } } }), false);
    assert.equal(sameMessage({ id, args: { a: list(['x', 'y']) } }, { id, args: { a: list(['x', 'y'], ' / ') } }), false);
    assert.equal(sameMessage({ id, args: { a: 1 } }, { id, args: { a: '1' } }), false);
    assert.equal(sameMessage('text', 'text'), true);
    assert.equal(sameMessage('text', { id: 'text' }), false);
  });
});
