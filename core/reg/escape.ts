// The one `.reg` string escaping (reg-format.md): inside quotes, `\` and `"` take a backslash and
// nothing else is escaped by regedit. Reading back follows Wine's unescape_string: `\n` and `\r`
// are a line feed and a carriage return, any other `\X` is X.

/** Escapes text for the inside of a .reg string (a name or REG_SZ data). */
export function escapeRegString(value: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 92 || c === 34) {
      out += value.slice(from, i) + '\\' + value[i];
      from = i + 1;
    }
  }
  return from === 0 ? value : out + value.slice(from);
}

/** What the importer reads from the inside of a .reg string (a backslash at the very end stays). */
export function unescapeRegString(raw: string): string {
  let i = raw.indexOf('\\');
  if (i < 0) return raw;
  let out = raw.slice(0, i);
  for (; i < raw.length; i++) {
    const c = raw[i];
    if (c !== '\\' || i + 1 >= raw.length) {
      out += c;
      continue;
    }
    const e = raw[++i];
    out += e === 'n' ? '\n' : e === 'r' ? '\r' : e;
  }
  return out;
}
