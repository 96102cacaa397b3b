// JUnit XML (the Ant/Surefire shape Azure's PublishTestResults, GitLab and Jenkins read): one
// testsuite, one testcase per file, one <failure> per error-severity finding; warnings and
// information go to the testcase's <system-out>.
import { summaryLine, type CheckReport } from './report';

// XML 1.0 cannot carry most control characters even as references: show them as \uXXXX.
// Written by hand: five replacements do not need an XML library in the CLI bundle.
function xmlText(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
const xmlAttr = (s: string) => xmlText(s).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');

export function formatJunit(report: CheckReport): string {
  // `failures` counts failed tests (files with an error), as JUnit readers expect: never more than `tests`.
  const failing = report.files.filter((f) => f.diagnostics.some((d) => d.severity === 'error')).length;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const counts = `tests="${report.files.length}" failures="${failing}" errors="0" skipped="0"`;
  out.push(`<testsuites name="expedite check" ${counts}>`);
  out.push(`  <testsuite name="expedite check" ${counts} timestamp="${new Date().toISOString().replace(/\.\d+Z$/, '')}">`);
  out.push(`    <properties><property name="summary" value="${xmlAttr(summaryLine(report.summary))}"/></properties>`);
  for (const file of report.files) {
    const open = `    <testcase name="${xmlAttr(file.path)}" classname="expedite.${file.kind}" file="${xmlAttr(file.path)}"`;
    if (file.diagnostics.length === 0) {
      out.push(`${open}/>`);
      continue;
    }
    out.push(`${open}>`);
    const others: string[] = [];
    for (const d of file.diagnostics) {
      const where = `${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      if (d.severity === 'error') {
        out.push(`      <failure message="${xmlAttr(`${d.message} [${d.code}]`)}" type="${xmlAttr(d.code)}">${xmlText(`${where}: ${d.message} [${d.code}]`)}</failure>`);
      } else {
        others.push(`${where}: ${d.severity}: ${d.message} [${d.code}]`);
      }
    }
    if (others.length) out.push(`      <system-out>${xmlText(others.join('\n'))}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}
