import type { RegEncoding } from '../../core/reg/model';
import assert from 'node:assert/strict';
import { analyzeJson, type JsonKind } from '../../core/json/analyze';
import { applyTextEdits } from '../../core/json/edits';
import type { Finding, Span } from '../../core/diagnostics/types';

/** A valid Store registration file's keys; tests override or drop some. */
export const BASE_REGISTRATION: Record<string, unknown> = {
  PFN: 'Contoso.PhotoEditor_m5g0r7arhahqy',
  OEMName: 'Contoso',
  UpdaterName: 'PhotoEditor',
  RegistrationVersion: 1,
  Source: 'Store',
  ProductId: '9NCNTS0PHT01',
  Scenario: 'Acquisition',
};

export const BASE_PAYLOAD: Record<string, unknown> = {
  PFN: 'Contoso.Weather_m5g0r7arhahqy',
  Endpoint: 'https://downloads.contoso.com/oobe/Weather.msixbundle',
};

/** Pretty JSON of the base object with `extra` merged in and `omit` keys removed. */
export function registrationText(extra: Record<string, unknown> = {}, omit: string[] = []): string {
  return json(BASE_REGISTRATION, extra, omit);
}

export function payloadText(extra: Record<string, unknown> = {}, omit: string[] = []): string {
  return json(BASE_PAYLOAD, extra, omit);
}

function json(base: Record<string, unknown>, extra: Record<string, unknown>, omit: string[]): string {
  const value: Record<string, unknown> = { ...base, ...extra };
  for (const k of omit) delete value[k];
  return JSON.stringify(value, null, 2);
}

/**
 * The span a snippet designates: `at` is text that occurs exactly once in `text`, with the
 * expected span between ⟦ and ⟧ (e.g. `"MaxRetryCount": ⟦7⟧`).
 */
export function spanAt(text: string, at: string): Span {
  const open = at.indexOf('⟦');
  const close = at.indexOf('⟧');
  assert.ok(open >= 0 && close > open, `snippet ${at} needs ⟦ and ⟧`);
  const plain = at.replace('⟦', '').replace('⟧', '');
  const index = text.indexOf(plain);
  assert.ok(index >= 0, `snippet ${plain} not found in ${text}`);
  assert.equal(text.indexOf(plain, index + 1), -1, `snippet ${plain} occurs more than once`);
  return { start: index + open, end: index + close - 1 };
}

export function findingsOf(text: string, kind: JsonKind, code?: string, encoding?: RegEncoding): Finding[] {
  const findings = analyzeJson(text, kind, encoding).findings;
  return code ? findings.filter((f) => f.code === code) : findings;
}

/** Applies the finding's first fix and returns the new text. */
export function applyFirstFix(text: string, finding: Finding): string {
  assert.ok(finding.fixes?.length, `${finding.code} has no fix`);
  return applyTextEdits(text, finding.fixes[0].edits);
}
