/** Package Family Name shape (reg-format.md): `<Name>_<PublisherId>`. */
import { jsonPhrase } from '../rules/json';
import { list, type Message } from '../rules/message';

export const PUBLISHER_ID = /^[0-9a-hjkmnp-tv-z]{12}[02468acegjmprtwy]$/;
const RESERVED_DEVICE_NAMES = /^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$/i;

export interface PfnCheck {
  /** Problems that make the PFN invalid, each a short clause. */
  problems: Message[];
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
  const problems: Message[] = [];
  const sep = pfn.lastIndexOf('_');
  if (sep < 0) {
    return { problems: [jsonPhrase.pfnNoSeparator()], uppercasePublisher: false, publisherOffset: pfn.length, publisherId: '' };
  }
  const name = pfn.slice(0, sep);
  const publisherId = pfn.slice(sep + 1);
  if (name.length < 3 || name.length > 50) problems.push(jsonPhrase.pfnNameLength({ name, length: name.length }));
  const badChars = [...new Set(name.replace(/[A-Za-z0-9.-]/g, ''))];
  if (badChars.length) problems.push(jsonPhrase.pfnNameChars({ chars: list(badChars.map((c) => JSON.stringify(c))) }));
  if (RESERVED_DEVICE_NAMES.test(name)) problems.push(jsonPhrase.pfnReservedName({ name }));
  let uppercasePublisher = false;
  if (!PUBLISHER_ID.test(publisherId)) {
    if (PUBLISHER_ID.test(publisherId.toLowerCase())) uppercasePublisher = true;
    else problems.push(publisherProblem(publisherId));
  }
  if (pfn.length < 17 || pfn.length > 64) problems.push(jsonPhrase.pfnLength({ length: pfn.length }));
  return { problems, uppercasePublisher, publisherOffset: sep + 1, publisherId };
}

function publisherProblem(id: string): Message {
  const lower = id.toLowerCase();
  if (lower.length !== 13) return jsonPhrase.pfnPublisherLength({ id, length: id.length });
  const bad = [...new Set(lower.replace(/[0-9a-hjkmnp-tv-z]/g, ''))];
  if (bad.length) return jsonPhrase.pfnPublisherChars({ id, chars: list(bad.map((c) => JSON.stringify(c))) });
  return jsonPhrase.pfnPublisherLast({ id, last: id[12] });
}
