/**
 * A small XML scanner for the parts of an XLSX: elements by local name (a prefix such as x: is dropped)
 * and their text, fed in pieces as the part is unzipped. No DOM and no namespaces: the parts' element names
 * are unambiguous. A piece ends just before a `<` (a text at its end is whole); an element cut off at its
 * end (a comment or CDATA section holding a `<`) waits for the next piece.
 */
export interface XmlHandler {
  /** Whether text is wanted now: text between tags is decoded only then. */
  readonly capturing: boolean;
  /** Set to stop scanning: the rest of the part is not needed. */
  readonly done: boolean;
  /** An element starts; `scan.attr(name)` reads its attributes. A self-closing one is closed right after. */
  open(name: string, scan: XmlScanner): void;
  close(name: string): void;
  text(text: string): void;
}

const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function entity(whole: string, name: string): string {
  const named = ENTITIES[name];
  if (named !== undefined) return named;
  const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

const AMPERSAND = 38;
const CR = 13;

/** Whether `raw` holds an `&` or a carriage return: most texts and values, short, need no decoding. */
function plain(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === AMPERSAND || c === CR) return false;
  }
  return true;
}

/** Entities and character references replaced. */
const unescapeXml = (raw: string) =>
  plain(raw) ? raw : raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, entity);

/** XML text as it reads: line ends made \n (as XML parsers do), entities and character references replaced. */
function decodeXml(raw: string): string {
  return plain(raw) ? raw : unescapeXml(raw.replace(/\r\n?/g, '\n'));
}

export class XmlScanner {
  private buf = '';
  private pos = 0;
  /** Elements open at the end of what was scanned. */
  private depth = 0;
  /**
   * Where the current start tag's attribute values lie in `buf`, from and to in turn, found as its end
   * was: an attribute is looked up by its name before the value only when asked for.
   */
  private readonly values: number[] = [];
  private count = 0;

  constructor(private readonly handler: XmlHandler) {}

  /** Scans the next piece of the part, which ends just before a `<` or where the part ends (see entryText). */
  push(piece: string): void {
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + piece : piece;
    this.pos = 0;
    this.scan();
  }

  /** The part has ended: every element must have ended too. */
  end(): void {
    if (this.handler.done) return;
    if (this.depth !== 0 || this.buf.indexOf('<', this.pos) >= 0) throw new Error('the XML is cut off');
  }

  /** The value of the current element's attribute `name` (prefix dropped), decoded. */
  attr(name: string): string | undefined {
    const t = this.buf;
    for (let k = 0; k < this.count; k += 2) {
      const from = this.values[k] as number;
      if (namedBefore(t, from - 1, name)) return unescapeXml(t.slice(from, this.values[k + 1]));
    }
    return undefined;
  }

  /**
   * The `>` that ends the start tag whose attributes start at `from`, past any in quoted attribute values,
   * whose places it notes; -1 when cut off.
   */
  private startTagEnd(t: string, from: number): number {
    let count = 0;
    for (let i = from; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === GT) {
        this.count = count;
        return i;
      }
      if (c === DQUOTE || c === SQUOTE) {
        const to = t.indexOf(c === DQUOTE ? '"' : "'", i + 1);
        if (to < 0) return -1;
        this.values[count++] = i + 1;
        this.values[count++] = to;
        i = to;
      }
    }
    return -1;
  }

  private scan(): void {
    const t = this.buf;
    const h = this.handler;
    let pos = this.pos;
    while (!h.done) {
      const lt = t.indexOf('<', pos);
      if (lt < 0) {
        // A piece ends just before a '<': the text at its end is whole. Handed on now, it is not joined
        // to the next piece, which stays a string of its own (faster to scan).
        if (pos < t.length && h.capturing) h.text(decodeXml(t.slice(pos)));
        pos = t.length;
        break;
      }
      if (lt > pos && h.capturing) h.text(decodeXml(t.slice(pos, lt)));
      pos = lt;
      const next = t.charCodeAt(lt + 1);
      if (next === BANG || next === QUESTION) {
        const end = this.special(t, lt);
        if (end < 0) break;
        pos = end;
        continue;
      }
      const closing = next === SLASH;
      const nameFrom = closing ? lt + 2 : lt + 1;
      let i = nameFrom;
      let start = nameFrom; // past any prefix
      let c = t.charCodeAt(i);
      while (c > 32 && c !== GT && c !== SLASH) {
        if (c === COLON) start = i + 1;
        c = t.charCodeAt(++i);
      }
      if (Number.isNaN(c)) break; // cut off
      const name = t.slice(start, i);
      const gt = closing ? t.indexOf('>', i) : this.startTagEnd(t, i);
      if (gt < 0) break;
      pos = gt + 1;
      if (closing) {
        this.depth--;
        h.close(name);
        continue;
      }
      h.open(name, this);
      if (t.charCodeAt(gt - 1) === SLASH) h.close(name);
      else this.depth++;
    }
    this.pos = pos;
  }

  /** Past a comment, processing instruction or declaration; CDATA is text. -1 when cut off. */
  private special(t: string, lt: number): number {
    if (t.startsWith('<![CDATA[', lt)) {
      const end = t.indexOf(']]>', lt);
      if (end < 0) return -1;
      if (this.handler.capturing) this.handler.text(t.slice(lt + 9, end));
      return end + 3;
    }
    if (t.startsWith('<!--', lt)) {
      const end = t.indexOf('-->', lt);
      return end < 0 ? -1 : end + 3;
    }
    const end = t.indexOf('>', lt);
    return end < 0 ? -1 : end + 1;
  }
}

/**
 * Whether the attribute whose value's opening quote is at `quote` is called `name`: `name="…"`, maybe with
 * a prefix (`r:id` is id), spaces around the `=` allowed. `xmlns:r="…"` declares a prefix, it is no
 * attribute r.
 */
function namedBefore(t: string, quote: number, name: string): boolean {
  let i = quote - 1;
  while (t.charCodeAt(i) <= 32) i--;
  if (t.charCodeAt(i) !== EQUALS) return false;
  i--;
  while (t.charCodeAt(i) <= 32) i--;
  const start = i + 1 - name.length;
  if (!t.startsWith(name, start)) return false;
  const before = t.charCodeAt(start - 1);
  return before === COLON ? !t.startsWith('xmlns:', start - 6) : before <= 32;
}
