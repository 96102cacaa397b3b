/** Package Family Name shape (reg-format.md): `<Name>_<PublisherId>`. */

export const PUBLISHER_ID = /^[0-9a-hjkmnp-tv-z]{12}[02468acegjmprtwy]$/;
const RESERVED_DEVICE_NAMES = /^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$/i;

export interface PfnCheck {
  /** Problems that make the PFN invalid, each a short clause. */
  problems: string[];
  /** The publisher id is valid once lowercased (a warning: PFNs compare case-insensitively). */
  uppercasePublisher: boolean;
  /** Offset of the publisher id inside the PFN (for a local edit). */
  publisherOffset: number;
  publisherId: string;
}

/** The whole shape at once: the common, valid case costs one regex. */
const VALID_PFN = /^([A-Za-z0-9.-]{3,50})_[0-9a-hjkmnp-tv-z]{12}[02468acegjmprtwy]$/;

export function checkPfn(pfn: string): PfnCheck {
  const valid = VALID_PFN.exec(pfn);
  if (valid && pfn.length >= 17 && pfn.length <= 64 && !RESERVED_DEVICE_NAMES.test(valid[1])) {
    return { problems: [], uppercasePublisher: false, publisherOffset: pfn.length - 13, publisherId: pfn.slice(-13) };
  }
  const problems: string[] = [];
  const sep = pfn.lastIndexOf('_');
  if (sep < 0) {
    return { problems: ['it has no "_" between the name and the 13-character publisher id'], uppercasePublisher: false, publisherOffset: pfn.length, publisherId: '' };
  }
  const name = pfn.slice(0, sep);
  const publisherId = pfn.slice(sep + 1);
  if (name.length < 3 || name.length > 50) problems.push(`the name "${name}" has ${name.length} characters (3-50 allowed)`);
  const badChars = [...new Set(name.replace(/[A-Za-z0-9.-]/g, ''))];
  if (badChars.length) problems.push(`the name may contain only letters, digits, "." and "-" (found ${badChars.map((c) => JSON.stringify(c)).join(', ')})`);
  if (RESERVED_DEVICE_NAMES.test(name)) problems.push(`the name "${name}" is a reserved device name`);
  let uppercasePublisher = false;
  if (!PUBLISHER_ID.test(publisherId)) {
    if (PUBLISHER_ID.test(publisherId.toLowerCase())) uppercasePublisher = true;
    else problems.push(publisherProblem(publisherId));
  }
  if (pfn.length < 17 || pfn.length > 64) problems.push(`it has ${pfn.length} characters (17-64 allowed)`);
  return { problems, uppercasePublisher, publisherOffset: sep + 1, publisherId };
}

function publisherProblem(id: string): string {
  const lower = id.toLowerCase();
  if (lower.length !== 13) return `the publisher id "${id}" has ${id.length} characters (13 expected)`;
  const bad = [...new Set(lower.replace(/[0-9a-hjkmnp-tv-z]/g, ''))];
  if (bad.length) return `the publisher id "${id}" contains ${bad.map((c) => JSON.stringify(c)).join(', ')}, not in the Crockford base32 alphabet (no i, l, o, u)`;
  return `the publisher id "${id}" cannot end in "${id[12]}" (its last character is one of 02468acegjmprtwy)`;
}
