// Bytes as Windows PowerShell 5.1 writes them with `... | Out-File updater_X.json` (its default
// encoding, "Unicode"): a UTF-16LE byte-order mark, CRLF line ends, and a final CRLF.
export function outFileBytes(lines: string[]): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf16le')]);
}

/** A registration ConvertTo-Json would print (two spaces after each colon), with one content problem: MaxRetryCount 9. */
export const OUT_FILE_REGISTRATION = [
  '{',
  '    "OEMName":  "Contoso",',
  '    "UpdaterName":  "Camera",',
  '    "PFN":  "Contoso.Camera_8wekyb3d8bbwe",',
  '    "RegistrationVersion":  1,',
  '    "Source":  "Store",',
  '    "Scenario":  "Acquisition",',
  '    "ProductId":  "9NBLGGH4NNS1",',
  '    "MaxRetryCount":  9',
  '}',
];

/** JSON nested `depth` arrays deep below a registration's "Extra" key (issue: ~3,000 levels, 6 KB). */
export function deeplyNested(depth: number): string {
  return `{"OEMName": "Contoso", "UpdaterName": "Deep", "Extra": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
}
