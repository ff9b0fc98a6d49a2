/**
 * Rewrites a compiled program for a recording run (the inspector): every `await x` becomes
 * `R.re(frame, await R.aw(frame, line, x))` (R.aw: where the function parks; R.re: it resumed),
 * and each catch and finally block starts with `R.rs(frame)` (a rejection resumed it there). An
 * await at the top level outside any try becomes `await R.sp(frame, line, x)`: an uncaught
 * rejection there runs none of the reader's code, so the recorder watches the promise instead.
 * Every async function's body reports its start and end
 * (`const F = R.enter(line, name); try { body } finally { R.exit(F) }`), and the last argument
 * of `.then`/`.catch`/`.finally`/`queueMicrotask` calls becomes `R.at(line, arg)`, where R is the
 * recorder the sandbox installed (sandbox/recorder.ts) and `line` is the reader's TypeScript
 * line, read from the program's source map.
 *
 * `aw` returns its argument unchanged, so the await sees the same value and takes the same
 * number of microtask turns. Nothing is inserted on a new line: the rewritten program keeps
 * every line where it was, and the source map's columns are moved past what was inserted
 * (shift-map.ts), so errors point at the same line and column as in an unrecorded run.
 *
 * Hidden awaits have no expression to wrap. `for await (x of it)` becomes
 * `for await (x of R.fa(frame, line, it))`, which hands the loop the same iterator's promises and
 * sees each one (a plain iterable of promises is left alone: its loop runs unseen inside the steps
 * around it). An async generator is a frame like an async function, and each `yield` reports
 * where it parks (`R.yd`); the await a yield does on its value is the engine's and not a step.
 *
 * acorn parses the JavaScript (esbuild's output, so plain ES2024).
 */
import { parse, type Node } from 'acorn';
import type { CompiledProgram } from '../types';
import { createPositionMapper } from './source-map';
import { shiftMappings, type Insertion } from './shift-map';
import { recorderKey } from '../sandbox/recorder';

const recorder = '__alRec';
const frameVar = '__alF';

/** acorn nodes as plain records: the walk looks at every child without knowing its type. */
type AnyNode = Node & Record<string, unknown> & { loc: { start: { line: number; column: number } } };

interface Edit {
  at: number;
  text: string;
  close: boolean;
  depth: number;
}

const isNode = (value: unknown): value is AnyNode => typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

function keyName(key: unknown): string | undefined {
  if (!isNode(key)) return undefined;
  if (key.type === 'Identifier' || key.type === 'PrivateIdentifier') return String(key.name);
  if (key.type === 'Literal') return String(key.value);
  return undefined;
}

/** The name Node would print for an async function: its own, or the binding it is assigned to. */
function functionName(fn: AnyNode, parent: AnyNode | undefined): string {
  const own = keyName(fn.id);
  if (own) return own;
  if (!parent) return '<anonymous>';
  if (parent.type === 'VariableDeclarator') return keyName(parent.id) ?? '<anonymous>';
  if (parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') return keyName(parent.key) ?? '<anonymous>';
  if (parent.type === 'AssignmentExpression' && isNode(parent.left)) {
    return keyName(parent.left) ?? keyName(parent.left.property) ?? '<anonymous>';
  }
  return '<anonymous>';
}

const callbackMethods = new Set(['then', 'catch', 'finally']);

/**
 * A call that queues a microtask with a callback: `x.then(…)`, `x.catch(…)`, `x.finally(…)`,
 * `queueMicrotask(…)`. Its last argument gets wrapped in `R.at(line, …)`, which tells the
 * recorder the line without a stack capture (the recorder's main cost on promise-heavy code).
 * The last argument is evaluated just before the call, so nothing runs between the two.
 */
function callbackCall(call: AnyNode): { at: AnyNode; last: AnyNode } | undefined {
  const args = call.arguments as AnyNode[];
  const last = args.at(-1);
  if (!last || last.type === 'SpreadElement' || !isNode(call.callee)) return undefined;
  const callee = call.callee;
  if (callee.type === 'Identifier') return callee.name === 'queueMicrotask' ? { at: callee, last } : undefined;
  if (callee.type !== 'MemberExpression' || !isNode(callee.property)) return undefined;
  // p.then(…), and p['then'](…) with the name written out.
  const name = callee.computed ? (callee.property.type === 'Literal' ? String(callee.property.value) : '') : String(callee.property.name);
  return callbackMethods.has(name) || name === 'queueMicrotask' ? { at: callee.property, last } : undefined;
}

/** Returns the program rewritten for recording; the source map stays valid for its lines. */
export function instrumentProgram(program: CompiledProgram): CompiledProgram {
  const mapper = createPositionMapper(program.map);
  const { code, insertions } = instrument(program.code, (line, column) => mapper(line, column)?.line ?? 0);
  const map = JSON.parse(program.map) as { mappings: string };
  return { code, map: JSON.stringify({ ...map, mappings: shiftMappings(map.mappings, insertions) }) };
}

/**
 * Instruments JavaScript source; `mapLine` turns a 1-based line and column of it into the line
 * the reader sees.
 */
export function instrumentCode(source: string, mapLine: (line: number, column: number) => number): string {
  return instrument(source, mapLine).code;
}

function instrument(source: string, mapLine: (line: number, column: number) => number): { code: string; insertions: Insertion[] } {
  const lineOf = (node: AnyNode) => mapLine(node.loc.start.line, node.loc.start.column + 1);
  const ast = parse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true, preserveParens: true }) as unknown as AnyNode;
  const edits: Edit[] = [];
  const add = (at: number, text: string, close: boolean, depth: number) => edits.push({ at, text, close, depth });
  /** `node` becomes `opening` + node + `)`: an argument of a recorder call. */
  const wrap = (node: AnyNode, opening: string, depth: number) => {
    add(node.start, opening, false, depth);
    add(node.end, ')', true, depth);
  };

  /**
   * `frame` is what awaits in the current function pass: the frame variable, 0 (top level) or
   * null (not an async function); `asyncGenerator` says the function is one (its yields park it);
   * `guarded` says a rejected await here resumes in code that reports it (see R.re below).
   */
  const walk = (node: AnyNode, parent: AnyNode | undefined, frame: string, asyncGenerator: boolean, guarded: boolean, depth: number): void => {
    let inner = frame;
    let innerGenerator = asyncGenerator;
    let innerGuarded = guarded;
    const isFunction = node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
    if (isFunction) {
      inner = node.async ? frameVar : 'null';
      innerGenerator = node.async === true && node.generator === true;
      // A rejected await in a function resumes in a catch, a finally, or the function's own exit.
      innerGuarded = true;
      if (node.async && isNode(node.body)) {
        const enter = `const ${frameVar}=${recorder}.enter(${lineOf(node)},${JSON.stringify(functionName(node, parent))});try{`;
        const exit = `}finally{${recorder}.exit(${frameVar})}`;
        if (node.body.type === 'BlockStatement') {
          add(node.body.start + 1, enter, false, depth);
          add(node.body.end - 1, exit, true, depth);
        } else {
          add(node.body.start, `{${enter}return `, false, depth);
          add(node.body.end, `${exit}}`, true, depth);
        }
      }
    }
    const hinted = node.type === 'CallExpression' ? callbackCall(node) : undefined;
    if (hinted) {
      wrap(hinted.last, `${recorder}.at(${lineOf(hinted.at)},`, depth + 0.5);
    }
    if (node.type === 'AwaitExpression' && isNode(node.argument)) {
      if (guarded) {
        // R.re reports the resumption as the continuation's first act; R.aw's `)` closes first.
        wrap(node, `${recorder}.re(${frame},`, depth);
        wrap(node.argument, `${recorder}.aw(${frame},${lineOf(node)},`, depth + 0.25);
      } else {
        wrap(node.argument, `${recorder}.sp(${frame},${lineOf(node)},`, depth);
      }
    }
    // A catch or finally block is where a rejected await resumes.
    if (node.type === 'TryStatement' && frame !== 'null') {
      for (const block of [isNode(node.handler) ? node.handler.body : undefined, node.finalizer]) {
        if (isNode(block)) add(block.start + 1, `${recorder}.rs(${frame});`, false, depth);
      }
    }
    // for await: each turn's hidden await of next() is seen through the iterable (R.fa).
    if (node.type === 'ForOfStatement' && node.await === true && isNode(node.right)) {
      wrap(node.right, `${recorder}.fa(${frame},${lineOf(node)},`, depth);
    }
    // An async generator parks at each yield until it is asked for the next value.
    if (node.type === 'YieldExpression' && asyncGenerator) {
      if (isNode(node.argument)) {
        wrap(node.argument, `${recorder}.yd(${frame},${lineOf(node)},`, depth);
      } else {
        add(node.start + 'yield'.length, ` ${recorder}.yd(${frame},${lineOf(node)},void 0)`, false, depth);
      }
    }
    for (const key of Object.keys(node)) {
      if (key === 'loc') continue;
      const value = node[key];
      // At the top level, only a try's own block sends a rejection somewhere the recorder sees.
      const childGuarded = innerGuarded || (node.type === 'TryStatement' && key === 'block' && (isNode(node.handler) || isNode(node.finalizer)));
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) walk(child, node, inner, innerGenerator, childGuarded, depth + 1);
      } else if (isNode(value)) walk(value, node, inner, innerGenerator, childGuarded, depth + 1);
    }
  };
  walk(ast, undefined, '0', false, false, 0);

  // At one position: closings first, innermost first; then openings, outermost first.
  edits.sort((a, b) => a.at - b.at || Number(b.close) - Number(a.close) || (a.close ? b.depth - a.depth : a.depth - b.depth));
  const header = `const ${recorder}=globalThis[Symbol.for(${JSON.stringify(recorderKey)})];`;
  let code = header;
  let from = 0;
  for (const edit of edits) {
    code += source.slice(from, edit.at) + edit.text;
    from = edit.at;
  }
  const at = positionsOf(source);
  const insertions = [{ line: 0, column: 0, length: header.length }, ...edits.map((edit) => ({ ...at(edit.at), length: edit.text.length }))];
  return { code: code + source.slice(from), insertions };
}

/** 0-based line and column of an offset into `source` (JavaScript lines end at \n, \r, U+2028, U+2029). */
function positionsOf(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  const breaks = /\r\n?|[\n\u2028\u2029]/g;
  for (let match = breaks.exec(source); match; match = breaks.exec(source)) starts.push(match.index + match[0].length);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, column: offset - starts[low]! };
  };
}
