/**
 * A parser for the `$filter` subset License Desk uses on users:
 *   field eq|ne literal · field in (literal, …) · startswith(field, 'x') · not expr · ( expr )
 *   expr and expr · expr or expr · assignedLicenses/any(x:x/skuId eq <guid>)
 *   field le|lt|ge|gt <date-time> (DateTimeOffset literals, unquoted: 2026-09-02T00:00:00Z)
 * String literals use OData escaping (`''` is one quote). Literals: 'text', true, false, null, GUIDs.
 * Fields may be paths into complex properties (`signInActivity/lastSignInDateTime`) when listed.
 * Operators are matched case-insensitively; `and` binds tighter than `or`.
 */

export type FilterLiteral = string | boolean | null;

export type FilterExpr =
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; expr: FilterExpr }
  | { kind: 'compare'; op: 'eq' | 'ne'; field: string; value: FilterLiteral }
  | { kind: 'in'; field: string; values: FilterLiteral[] }
  | { kind: 'startswith'; field: string; value: string }
  | { kind: 'anyLicense'; skuId: string }
  /** A DateTimeOffset comparison; `at` is epoch milliseconds. */
  | { kind: 'range'; op: 'le' | 'lt' | 'ge' | 'gt'; field: string; at: number };

/** Why a filter was refused, as Graph codes it. */
export interface FilterError {
  code: 'BadRequest' | 'Request_UnsupportedQuery';
  message: string;
}

export type FilterParseResult = { ok: true; expr: FilterExpr } | { ok: false; error: FilterError };

type Token =
  | { type: 'string'; value: string; at: number }
  | { type: 'word'; value: string; at: number }
  | { type: 'dateTime'; value: string; at: number }
  | { type: '(' | ')' | ',' | ':'; at: number }
  | { type: 'end'; at: number };

class FilterSyntaxError extends Error {}
class UnsupportedFieldError extends Error {}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',' || c === ':') {
      tokens.push({ type: c, at: i });
      i++;
    } else if (c === "'") {
      const at = i;
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new FilterSyntaxError(`unterminated string literal at position ${at}`);
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      tokens.push({ type: 'string', value, at });
    } else if (DATE_TIME.test(text.slice(i))) {
      // Checked before words: a DateTimeOffset literal holds ':' (the lambda separator) and '+'.
      const value = (DATE_TIME.exec(text.slice(i)) as RegExpExecArray)[0];
      tokens.push({ type: 'dateTime', value, at: i });
      i += value.length;
    } else if (/[A-Za-z0-9_./-]/.test(c)) {
      const at = i;
      while (i < text.length && /[A-Za-z0-9_./-]/.test(text[i] as string)) i++;
      tokens.push({ type: 'word', value: text.slice(at, i), at });
    } else {
      throw new FilterSyntaxError(`unexpected character '${c}' at position ${i}`);
    }
  }
  tokens.push({ type: 'end', at: text.length });
  return tokens;
}

// OData DateTimeOffset: date, time with optional seconds and fraction, and a zone (Z or ±hh:mm).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})(?![\w:])/;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly fields: ReadonlySet<string>,
  ) {}

  parse(): FilterExpr {
    const expr = this.or();
    const t = this.peek();
    if (t.type !== 'end') throw new FilterSyntaxError(`unexpected token at position ${t.at}`);
    return expr;
  }

  private peek(): Token {
    return this.tokens[this.pos] as Token;
  }

  private next(): Token {
    const t = this.peek();
    if (t.type !== 'end') this.pos++;
    return t;
  }

  private isWord(t: Token, word: string): boolean {
    return t.type === 'word' && t.value.toLowerCase() === word;
  }

  private expect(type: Token['type']): Token {
    const t = this.next();
    if (t.type !== type) throw new FilterSyntaxError(`expected '${type}' at position ${t.at}`);
    return t;
  }

  private or(): FilterExpr {
    let left = this.and();
    while (this.isWord(this.peek(), 'or')) {
      this.next();
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): FilterExpr {
    let left = this.unary();
    while (this.isWord(this.peek(), 'and')) {
      this.next();
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterExpr {
    if (this.isWord(this.peek(), 'not')) {
      this.next();
      return { kind: 'not', expr: this.unary() };
    }
    return this.primary();
  }

  private field(t: Token): string {
    if (t.type !== 'word') throw new FilterSyntaxError(`expected a property name at position ${t.at}`);
    if (!this.fields.has(t.value)) throw new UnsupportedFieldError(t.value);
    return t.value;
  }

  private literal(): FilterLiteral {
    const t = this.next();
    if (t.type === 'string') return t.value;
    if (t.type === 'word') {
      const w = t.value.toLowerCase();
      if (w === 'true') return true;
      if (w === 'false') return false;
      if (w === 'null') return null;
      if (GUID.test(t.value)) return t.value;
    }
    throw new FilterSyntaxError(`expected a literal at position ${t.at}`);
  }

  private primary(): FilterExpr {
    const t = this.next();
    if (t.type === '(') {
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    if (this.isWord(t, 'startswith')) {
      this.expect('(');
      const field = this.field(this.next());
      this.expect(',');
      const value = this.next();
      if (value.type !== 'string')
        throw new FilterSyntaxError(`startswith needs a string literal at position ${value.at}`);
      this.expect(')');
      return { kind: 'startswith', field, value: value.value };
    }
    if (this.isWord(t, 'assignedlicenses/any')) return this.anyLicense();
    const field = this.field(t);
    const op = this.next();
    if (this.isWord(op, 'eq') || this.isWord(op, 'ne')) {
      return {
        kind: 'compare',
        op: op.type === 'word' && op.value.toLowerCase() === 'ne' ? 'ne' : 'eq',
        field,
        value: this.literal(),
      };
    }
    if (this.isWord(op, 'in')) {
      this.expect('(');
      const values = [this.literal()];
      while (this.peek().type === ',') {
        this.next();
        values.push(this.literal());
      }
      this.expect(')');
      return { kind: 'in', field, values };
    }
    const range = ['le', 'lt', 'ge', 'gt'].find((w) => this.isWord(op, w)) as 'le' | 'lt' | 'ge' | 'gt' | undefined;
    if (range) {
      const value = this.next();
      const at = value.type === 'dateTime' ? Date.parse(value.value) : NaN;
      if (Number.isNaN(at)) throw new FilterSyntaxError(`expected a date-time literal at position ${value.at}`);
      return { kind: 'range', op: range, field, at };
    }
    throw new FilterSyntaxError(`expected an operator at position ${op.at}`);
  }

  /** `assignedLicenses/any(x:x/skuId eq <guid>)` — Graph's way to find the holders of a SKU. */
  private anyLicense(): FilterExpr {
    this.expect('(');
    const variable = this.next();
    if (variable.type !== 'word') throw new FilterSyntaxError(`expected a lambda variable at position ${variable.at}`);
    this.expect(':');
    const path = this.next();
    if (path.type !== 'word' || path.value.toLowerCase() !== `${variable.value.toLowerCase()}/skuid`) {
      throw new FilterSyntaxError(`expected ${variable.value}/skuId at position ${path.at}`);
    }
    const op = this.next();
    if (!this.isWord(op, 'eq')) throw new FilterSyntaxError(`expected 'eq' at position ${op.at}`);
    const value = this.next();
    if (value.type !== 'word' || !GUID.test(value.value))
      throw new FilterSyntaxError(`expected a GUID at position ${value.at}`);
    this.expect(')');
    return { kind: 'anyLicense', skuId: value.value };
  }
}

/** Parses `$filter` text; `fields` lists the properties that may be filtered on. Never throws. */
export function parseFilter(text: string, fields: ReadonlySet<string>): FilterParseResult {
  try {
    return { ok: true, expr: new Parser(tokenize(text), fields).parse() };
  } catch (e) {
    if (e instanceof UnsupportedFieldError) {
      return {
        ok: false,
        error: {
          code: 'Request_UnsupportedQuery',
          message: `Unsupported or invalid query filter clause specified for property '${e.message}' of resource 'User'.`,
        },
      };
    }
    if (e instanceof FilterSyntaxError)
      return { ok: false, error: { code: 'BadRequest', message: `Invalid filter clause: ${e.message}.` } };
    throw e;
  }
}
