/**
 * Rules between indicators, written by users in the `校验规则` sheet: `M025 <= M024`,
 * `M015 = ROUND(M014 / M013 * 100, 2)`, `SUM(M010, M011) <= M012 AND M003 > 0`.
 * A tokenizer, a recursive-descent parser to a small tree, and an evaluator over it: user text is never run as code.
 */
import { halfWidthLetters, toHalfWidth } from './parse-number';
import { closeEnough } from './targets';

export type CompareOp = '<' | '<=' | '>' | '>=' | '=' | '<>';
export type FunctionName = 'ROUND' | 'SUM' | 'ABS' | 'MIN' | 'MAX' | 'AND' | 'OR' | 'NOT';

export type RuleNode =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'id'; readonly id: string }
  | { readonly type: 'neg'; readonly operand: RuleNode }
  | {
      readonly type: 'arith';
      readonly op: '+' | '-' | '*' | '/';
      readonly left: RuleNode;
      readonly right: RuleNode;
    }
  | { readonly type: 'compare'; readonly op: CompareOp; readonly left: RuleNode; readonly right: RuleNode }
  | { readonly type: 'logic'; readonly op: 'AND' | 'OR'; readonly operands: readonly RuleNode[] }
  | { readonly type: 'call'; readonly name: FunctionName; readonly args: readonly RuleNode[] };

/** Why a rule cannot be read; `code` is a key of the catalogue's `validate` section, `params` fill it. */
export interface RuleProblem {
  readonly code:
    | 'ruleEmpty'
    | 'ruleUnexpectedChar'
    | 'ruleUnexpectedToken'
    | 'ruleUnexpectedEnd'
    | 'ruleUnclosedParen'
    | 'ruleUnknownFunction'
    | 'ruleArgCount'
    | 'ruleNotComparison'
    | 'ruleUnknownId';
  readonly params: Readonly<Record<string, string | number>>;
}

export class RuleSyntaxError extends Error {
  constructor(readonly problem: RuleProblem) {
    super(problem.code);
  }
}

type Token =
  | { readonly kind: 'number'; readonly value: number; readonly pos: number; readonly text: string }
  | { readonly kind: 'name'; readonly text: string; readonly pos: number }
  | { readonly kind: 'op'; readonly text: string; readonly pos: number }
  | { readonly kind: 'end'; readonly text: ''; readonly pos: number };

/** Look-alike signs users paste from Word or type with a Chinese IME. */
function normaliseRuleText(text: string): string {
  return halfWidthLetters(toHalfWidth(text))
    .replace(/[＿]/g, '_')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[＞]/g, '>')
    .replace(/[＜]/g, '<')
    .replace(/[＝]/g, '=')
    .replace(/[×＊]/g, '*')
    .replace(/[÷／]/g, '/')
    .replace(/[≥≧]/g, '>=')
    .replace(/[≤≦]/g, '<=')
    .replace(/[≠]/g, '<>');
}

const TWO_CHAR_OPS = new Set(['<=', '>=', '<>', '!=', '==']);
const ONE_CHAR_OPS = new Set(['+', '-', '*', '/', '(', ')', ',', '<', '>', '=']);

export function tokenize(source: string): Token[] {
  const text = normaliseRuleText(source);
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const numberMatch = /^(?:\d+(?:\.\d*)?|\.\d+)/.exec(text.slice(i));
    if (numberMatch) {
      let raw = numberMatch[0];
      let value = Number(raw);
      // `95%` in a rule means 95 percent points, the unit indicator values use.
      if (text[i + raw.length] === '%') raw += '%';
      if (raw.endsWith('%')) value = Number(raw.slice(0, -1));
      tokens.push({ kind: 'number', value, pos: i, text: raw });
      i += raw.length;
      continue;
    }
    const nameMatch = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]*/.exec(text.slice(i));
    if (nameMatch) {
      tokens.push({ kind: 'name', text: nameMatch[0], pos: i });
      i += nameMatch[0].length;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (TWO_CHAR_OPS.has(two)) {
      tokens.push({ kind: 'op', text: two === '!=' ? '<>' : two === '==' ? '=' : two, pos: i });
      i += 2;
      continue;
    }
    if (ONE_CHAR_OPS.has(ch)) {
      tokens.push({ kind: 'op', text: ch, pos: i });
      i++;
      continue;
    }
    throw new RuleSyntaxError({ code: 'ruleUnexpectedChar', params: { token: ch, position: i + 1 } });
  }
  tokens.push({ kind: 'end', text: '', pos: text.length });
  return tokens;
}

const FUNCTIONS: Readonly<Record<FunctionName, { min: number; max: number }>> = {
  ROUND: { min: 1, max: 2 },
  SUM: { min: 1, max: Infinity },
  ABS: { min: 1, max: 1 },
  MIN: { min: 1, max: Infinity },
  MAX: { min: 1, max: Infinity },
  AND: { min: 1, max: Infinity },
  OR: { min: 1, max: Infinity },
  NOT: { min: 1, max: 1 },
};

const COMPARE_OPS = new Set<string>(['<', '<=', '>', '>=', '=', '<>']);

class Parser {
  private index = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token {
    return this.tokens[this.index];
  }

  private next(): Token {
    return this.tokens[this.index++];
  }

  private isKeyword(token: Token, word: string): boolean {
    return token.kind === 'name' && token.text.toUpperCase() === word;
  }

  private unexpected(token: Token): never {
    if (token.kind === 'end') {
      // At the end, either a bracket is still open or an operator has nothing after it.
      let open = 0;
      for (const t of this.tokens) if (t.kind === 'op') open += t.text === '(' ? 1 : t.text === ')' ? -1 : 0;
      throw new RuleSyntaxError({ code: open > 0 ? 'ruleUnclosedParen' : 'ruleUnexpectedEnd', params: {} });
    }
    throw new RuleSyntaxError({
      code: 'ruleUnexpectedToken',
      params: { token: token.text, position: token.pos + 1 },
    });
  }

  private expectOp(text: string): void {
    const token = this.next();
    if (token.kind !== 'op' || token.text !== text) this.unexpected(token);
  }

  parseRule(): RuleNode {
    if (this.peek().kind === 'end') throw new RuleSyntaxError({ code: 'ruleEmpty', params: {} });
    const node = this.parseOr();
    if (this.peek().kind !== 'end') this.unexpected(this.peek());
    return node;
  }

  private parseOr(): RuleNode {
    const operands = [this.parseAnd()];
    while (this.isKeyword(this.peek(), 'OR')) {
      this.next();
      operands.push(this.parseAnd());
    }
    return operands.length === 1 ? operands[0] : { type: 'logic', op: 'OR', operands };
  }

  private parseAnd(): RuleNode {
    const operands = [this.parseComparison()];
    while (this.isKeyword(this.peek(), 'AND')) {
      this.next();
      operands.push(this.parseComparison());
    }
    return operands.length === 1 ? operands[0] : { type: 'logic', op: 'AND', operands };
  }

  private parseComparison(): RuleNode {
    const left = this.parseSum();
    const token = this.peek();
    if (token.kind === 'op' && COMPARE_OPS.has(token.text)) {
      this.next();
      const right = this.parseSum();
      return { type: 'compare', op: token.text as CompareOp, left, right };
    }
    return left;
  }

  private parseSum(): RuleNode {
    let node = this.parseProduct();
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'op' || (token.text !== '+' && token.text !== '-')) return node;
      this.next();
      node = { type: 'arith', op: token.text, left: node, right: this.parseProduct() };
    }
  }

  private parseProduct(): RuleNode {
    let node = this.parseUnary();
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'op' || (token.text !== '*' && token.text !== '/')) return node;
      this.next();
      node = { type: 'arith', op: token.text, left: node, right: this.parseUnary() };
    }
  }

  private parseUnary(): RuleNode {
    const token = this.peek();
    if (token.kind === 'op' && (token.text === '-' || token.text === '+')) {
      this.next();
      const operand = this.parseUnary();
      return token.text === '-' ? { type: 'neg', operand } : operand;
    }
    return this.parsePrimary();
  }

  private parsePrimary(): RuleNode {
    const token = this.next();
    if (token.kind === 'number') return { type: 'number', value: token.value };
    if (token.kind === 'op' && token.text === '(') {
      const inner = this.parseOr();
      this.expectOp(')');
      return inner;
    }
    if (token.kind === 'name') {
      const after = this.peek();
      if (after.kind === 'op' && after.text === '(') {
        const name = token.text.toUpperCase();
        if (!Object.prototype.hasOwnProperty.call(FUNCTIONS, name)) {
          throw new RuleSyntaxError({ code: 'ruleUnknownFunction', params: { token: token.text } });
        }
        this.next();
        const args: RuleNode[] = [];
        if (!(this.peek().kind === 'op' && this.peek().text === ')')) {
          args.push(this.parseOr());
          while (this.peek().kind === 'op' && this.peek().text === ',') {
            this.next();
            args.push(this.parseOr());
          }
        }
        this.expectOp(')');
        const arity = FUNCTIONS[name as FunctionName];
        if (args.length < arity.min || args.length > arity.max) {
          throw new RuleSyntaxError({ code: 'ruleArgCount', params: { token: name, count: args.length } });
        }
        return { type: 'call', name: name as FunctionName, args };
      }
      const upper = token.text.toUpperCase();
      if (upper === 'AND' || upper === 'OR') this.unexpected(token);
      return { type: 'id', id: token.text };
    }
    return this.unexpected(token);
  }
}

/** True when a node yields true/false rather than a number. */
function isLogical(node: RuleNode): boolean {
  return (
    node.type === 'compare' ||
    node.type === 'logic' ||
    (node.type === 'call' && (node.name === 'AND' || node.name === 'OR' || node.name === 'NOT'))
  );
}

export interface CompiledRule {
  readonly text: string;
  readonly root: RuleNode;
  /** IDs the rule names, in the order written, each once. */
  readonly ids: readonly string[];
}

function collectIds(node: RuleNode, into: string[]): void {
  switch (node.type) {
    case 'id':
      if (!into.includes(node.id)) into.push(node.id);
      return;
    case 'neg':
      collectIds(node.operand, into);
      return;
    case 'arith':
    case 'compare':
      collectIds(node.left, into);
      collectIds(node.right, into);
      return;
    case 'logic':
      for (const operand of node.operands) collectIds(operand, into);
      return;
    case 'call':
      for (const arg of node.args) collectIds(arg, into);
      return;
    default:
      return;
  }
}

function mapIds(node: RuleNode, rename: (id: string) => string): RuleNode {
  switch (node.type) {
    case 'id':
      return { type: 'id', id: rename(node.id) };
    case 'neg':
      return { ...node, operand: mapIds(node.operand, rename) };
    case 'arith':
    case 'compare':
      return { ...node, left: mapIds(node.left, rename), right: mapIds(node.right, rename) } as RuleNode;
    case 'logic':
      return { ...node, operands: node.operands.map((operand) => mapIds(operand, rename)) };
    case 'call':
      return { ...node, args: node.args.map((arg) => mapIds(arg, rename)) };
    default:
      return node;
  }
}

/**
 * Parses a rule; throws `RuleSyntaxError` with a located problem. `knownIds`, when given, makes an unknown ID a
 * problem too (a typo would otherwise make the rule silently never apply).
 */
export function compileRule(text: string, knownIds?: ReadonlySet<string>): CompiledRule {
  let root = new Parser(tokenize(text)).parseRule();
  if (!isLogical(root)) throw new RuleSyntaxError({ code: 'ruleNotComparison', params: {} });
  // `m025` typed with the wrong case means M025 when only that exists.
  if (knownIds)
    root = mapIds(root, (id) =>
      !knownIds.has(id) && knownIds.has(id.toUpperCase()) ? id.toUpperCase() : id,
    );
  const ids: string[] = [];
  collectIds(root, ids);
  if (knownIds) {
    const unknown = ids.find((id) => !knownIds.has(id));
    if (unknown !== undefined)
      throw new RuleSyntaxError({ code: 'ruleUnknownId', params: { token: unknown } });
  }
  return { text, root, ids };
}

/** Outcome of one evaluation: `unknown` when a value it needs is missing or a division is by zero. */
export type RuleOutcome =
  | { readonly result: 'pass' }
  | { readonly result: 'fail'; readonly left?: number; readonly right?: number }
  | { readonly result: 'unknown'; readonly missing: readonly string[]; readonly divisionByZero?: true };

/** Thrown inside evaluation when a value is missing (its ID) or a divisor is 0 (null); caught at the top. */
class Unknown {
  constructor(readonly id: string | null) {}
}

type Value = number | boolean;

/** Excel's ROUND: half away from zero, with negative digits rounding to tens, hundreds… */
export function excelRound(value: number, digits: number): number {
  const d = Math.trunc(digits);
  const factor = 10 ** Math.abs(d);
  const scaled = d >= 0 ? Math.abs(value) * factor : Math.abs(value) / factor;
  // A nudge so 1.005 (stored as 1.00499…) rounds up as Excel shows it.
  const rounded = Math.round(scaled * (1 + 1e-12) + 1e-9);
  return Math.sign(value) * (d >= 0 ? rounded / factor : rounded * factor);
}

function compare(op: CompareOp, a: number, b: number): boolean {
  const equal = closeEnough(a, b);
  switch (op) {
    case '=':
      return equal;
    case '<>':
      return !equal;
    case '<':
      return a < b && !equal;
    case '<=':
      return a < b || equal;
    case '>':
      return a > b && !equal;
    case '>=':
      return a > b || equal;
  }
}

export type ValueLookup = (id: string) => number | null;

function toNumber(value: Value): number {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

function toBool(value: Value): boolean {
  return typeof value === 'boolean' ? value : value !== 0;
}

function evaluate(node: RuleNode, lookup: ValueLookup): Value {
  switch (node.type) {
    case 'number':
      return node.value;
    case 'id': {
      const value = lookup(node.id);
      if (value === null) throw new Unknown(node.id);
      return value;
    }
    case 'neg':
      return -toNumber(evaluate(node.operand, lookup));
    case 'arith': {
      const a = toNumber(evaluate(node.left, lookup));
      const b = toNumber(evaluate(node.right, lookup));
      if (node.op === '+') return a + b;
      if (node.op === '-') return a - b;
      if (node.op === '*') return a * b;
      if (b === 0) throw new Unknown(null);
      return a / b;
    }
    case 'compare':
      return compare(node.op, toNumber(evaluate(node.left, lookup)), toNumber(evaluate(node.right, lookup)));
    case 'logic':
      return node.op === 'AND'
        ? node.operands.every((operand) => toBool(evaluate(operand, lookup)))
        : node.operands.some((operand) => toBool(evaluate(operand, lookup)));
    case 'call': {
      const args = node.args.map((arg) => evaluate(arg, lookup));
      switch (node.name) {
        case 'ROUND':
          return excelRound(toNumber(args[0]), args.length > 1 ? toNumber(args[1]) : 0);
        case 'SUM':
          return args.reduce<number>((sum, v) => sum + toNumber(v), 0);
        case 'ABS':
          return Math.abs(toNumber(args[0]));
        case 'MIN':
          return Math.min(...args.map(toNumber));
        case 'MAX':
          return Math.max(...args.map(toNumber));
        case 'AND':
          return args.every(toBool);
        case 'OR':
          return args.some(toBool);
        case 'NOT':
          return !toBool(args[0]);
      }
    }
  }
}

/** Evaluates a compiled rule over one set of values (a unit's, or the totals). */
export function evaluateRule(rule: CompiledRule, lookup: ValueLookup): RuleOutcome {
  const missing = rule.ids.filter((id) => lookup(id) === null);
  if (missing.length > 0) return { result: 'unknown', missing };
  try {
    if (toBool(evaluate(rule.root, lookup))) return { result: 'pass' };
    if (rule.root.type === 'compare') {
      return {
        result: 'fail',
        left: toNumber(evaluate(rule.root.left, lookup)),
        right: toNumber(evaluate(rule.root.right, lookup)),
      };
    }
    return { result: 'fail' };
  } catch (error) {
    if (error instanceof Unknown)
      return error.id !== null
        ? { result: 'unknown', missing: [error.id] }
        : { result: 'unknown', missing: [], divisionByZero: true };
    throw error;
  }
}
