import type { Node, NodeType } from 'jsonc-parser';

/** jsonc-parser's Node with writable fields, while this parser fills it in. */
type Building = { -readonly [K in keyof Node]: Node[K] };

/**
 * A fast path for the common case: text that is already strict JSON (RFC 8259) parses here into
 * the same tree shape jsonc-parser's parseTree builds, several times faster. Anything else
 * (comments, trailing commas, syntax errors) returns undefined and the caller takes jsonc-parser's
 * lenient path, which also explains the problem.
 */
export function parseStrictJson(text: string): Node | undefined {
  const parser = new StrictParser(text);
  try {
    parser.skipWhitespace();
    const root = parser.parseValue(undefined);
    parser.skipWhitespace();
    return parser.pos === text.length ? root : undefined;
  } catch (e) {
    if (e === NOT_STRICT) return undefined;
    throw e;
  }
}

const NOT_STRICT = Symbol('not strict JSON');
const MAX_DEPTH = 512;

class StrictParser {
  pos = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  skipWhitespace(): void {
    const t = this.text;
    let p = this.pos;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 10 || c === 13 || c === 9) p++;
      else break;
    }
    this.pos = p;
  }

  parseValue(parent: Node | undefined): Node {
    const c = this.text.charCodeAt(this.pos);
    if (c === 123 /* { */) return this.parseObject(parent);
    if (c === 91 /* [ */) return this.parseArray(parent);
    if (c === 34 /* " */) return this.parseString(parent);
    if (c === 45 /* - */ || (c >= 48 && c <= 57)) return this.parseNumber(parent);
    if (this.text.startsWith('true', this.pos)) return this.literal(parent, 'boolean', true, 4);
    if (this.text.startsWith('false', this.pos)) return this.literal(parent, 'boolean', false, 5);
    if (this.text.startsWith('null', this.pos)) return this.literal(parent, 'null', null, 4);
    throw NOT_STRICT;
  }

  private literal(parent: Node | undefined, type: NodeType, value: boolean | null, length: number): Node {
    const node: Node = { type, offset: this.pos, length, value, parent };
    this.pos += length;
    return node;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw NOT_STRICT;
  }

  private parseObject(parent: Node | undefined): Node {
    this.enter();
    const node: Building = { type: 'object', offset: this.pos, length: 0, parent, children: [] };
    this.pos++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) !== 125 /* } */) {
      for (;;) {
        if (this.text.charCodeAt(this.pos) !== 34) throw NOT_STRICT;
        const property: Building = { type: 'property', offset: this.pos, length: 0, parent: node, children: [] };
        const key = this.parseString(property);
        this.skipWhitespace();
        if (this.text.charCodeAt(this.pos) !== 58 /* : */) throw NOT_STRICT;
        property.colonOffset = this.pos;
        this.pos++;
        this.skipWhitespace();
        const value = this.parseValue(property);
        property.children = [key, value];
        property.length = value.offset + value.length - property.offset;
        node.children!.push(property);
        this.skipWhitespace();
        const next = this.text.charCodeAt(this.pos);
        if (next === 44 /* , */) {
          this.pos++;
          this.skipWhitespace();
          continue;
        }
        if (next === 125) break;
        throw NOT_STRICT;
      }
    }
    this.pos++;
    node.length = this.pos - node.offset;
    this.depth--;
    return node;
  }

  private parseArray(parent: Node | undefined): Node {
    this.enter();
    const node: Building = { type: 'array', offset: this.pos, length: 0, parent, children: [] };
    this.pos++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) !== 93 /* ] */) {
      for (;;) {
        node.children!.push(this.parseValue(node));
        this.skipWhitespace();
        const next = this.text.charCodeAt(this.pos);
        if (next === 44) {
          this.pos++;
          this.skipWhitespace();
          continue;
        }
        if (next === 93) break;
        throw NOT_STRICT;
      }
    }
    this.pos++;
    node.length = this.pos - node.offset;
    this.depth--;
    return node;
  }

  private parseString(parent: Node | undefined): Node {
    const t = this.text;
    const start = this.pos;
    let p = start + 1;
    let escaped = false;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 34) break;
      if (c === 92 /* \ */) {
        escaped = true;
        p += 2;
        continue;
      }
      if (c < 32 || Number.isNaN(c)) throw NOT_STRICT; // control character or end of text
      p++;
    }
    this.pos = p + 1;
    let value: string;
    if (!escaped) value = t.slice(start + 1, p);
    else {
      try {
        value = JSON.parse(t.slice(start, p + 1)) as string;
      } catch {
        throw NOT_STRICT;
      }
    }
    return { type: 'string', offset: start, length: this.pos - start, value, parent };
  }

  /** One or more decimal digits from `from`; returns the offset after them. */
  private digits(from: number): number {
    let p = from;
    while (this.text.charCodeAt(p) >= 48 && this.text.charCodeAt(p) <= 57) p++;
    if (p === from) throw NOT_STRICT;
    return p;
  }

  private parseNumber(parent: Node | undefined): Node {
    const t = this.text;
    const start = this.pos;
    let p = start;
    if (t.charCodeAt(p) === 45) p++;
    if (t.charCodeAt(p) === 48) p++;
    else p = this.digits(p);
    if (t.charCodeAt(p) === 46 /* . */) p = this.digits(p + 1);
    const e = t.charCodeAt(p);
    if (e === 101 || e === 69) {
      p++;
      const sign = t.charCodeAt(p);
      if (sign === 43 || sign === 45) p++;
      p = this.digits(p);
    }
    this.pos = p;
    return { type: 'number', offset: start, length: p - start, value: Number(t.slice(start, p)), parent };
  }
}
