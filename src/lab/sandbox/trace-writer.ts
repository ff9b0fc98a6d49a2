/**
 * Writes the recorder's events straight into numbers (inspector/packed-trace.ts says the format):
 * no object per event, so a promise-heavy recording leaves the worker's garbage collector alone,
 * and a chunk leaves the worker as one transferred buffer.
 *
 * The constructors are the ones taken when the sandbox boots: the reader's code runs beside the
 * recorder and may replace the globals.
 */
import { eventCode, type PackedTrace } from '../inspector/packed-trace';
import type { StepKind } from '../inspector/events';
import { SafeMap, safeArray } from './primordials';

const F64 = Float64Array;
const ArrayBufferCtor = ArrayBuffer;
const initialBytes = 4096 * 8;
const kindIndex: Record<StepKind, number> = { script: 0, microtask: 1, timer: 2, io: 3 };

const none = NaN;
const or = (value: number | undefined): number => (value === undefined ? none : value);

export class TraceWriter {
  /** Kept beside `numbers`: reading `.buffer` would go through a getter the reader's code can replace. */
  private buffer = new ArrayBufferCtor(initialBytes);
  private numbers = new F64(this.buffer);
  private length = 0;
  private strings = safeArray<string>();
  private stringIndex = new SafeMap<string, number>();

  step(kind: StepKind, line: number, at: number, job: number | undefined, timer: number | undefined, frame: number | undefined, console: number): void {
    const n = this.room(8);
    const i = this.length;
    n[i] = eventCode.step;
    n[i + 1] = kindIndex[kind];
    n[i + 2] = line;
    n[i + 3] = at;
    n[i + 4] = or(job);
    n[i + 5] = or(timer);
    n[i + 6] = or(frame);
    n[i + 7] = console;
    this.length = i + 8;
  }

  job(job: number, line: number, queued: boolean, frame: number | undefined, name: string | undefined): void {
    this.write6(eventCode.job, job, line, queued ? 1 : 0, or(frame), name === undefined ? none : this.text(name));
  }

  enqueue(job: number): void {
    this.write2(eventCode.enqueue, job);
  }

  drop(job: number): void {
    this.write2(eventCode.drop, job);
  }

  enter(frame: number, name: string, line: number): void {
    const n = this.room(4);
    const i = this.length;
    n[i] = eventCode.enter;
    n[i + 1] = frame;
    n[i + 2] = this.text(name);
    n[i + 3] = line;
    this.length = i + 4;
  }

  park(frame: number, line: number): void {
    const n = this.room(3);
    const i = this.length;
    n[i] = eventCode.park;
    n[i + 1] = frame;
    n[i + 2] = line;
    this.length = i + 3;
  }

  exit(frame: number): void {
    this.write2(eventCode.exit, frame);
  }

  set(timer: number, kind: 'timer' | 'io', line: number, due: number, label: string | undefined): void {
    this.write6(eventCode.set, timer, kind === 'timer' ? 0 : 1, line, due, label === undefined ? none : this.text(label));
  }

  clear(timer: number): void {
    this.write2(eventCode.clear, timer);
  }

  /** What was written since the last call: the buffer itself goes (to be transferred), a new one starts. */
  take(truncated: boolean): PackedTrace {
    const chunk = { numbers: new F64(this.buffer, 0, this.length), strings: this.strings, truncated };
    this.buffer = new ArrayBufferCtor(initialBytes);
    this.numbers = new F64(this.buffer);
    this.length = 0;
    this.strings = safeArray();
    this.stringIndex = new SafeMap();
    return chunk;
  }

  private write2(code: number, a: number): void {
    const n = this.room(2);
    const i = this.length;
    n[i] = code;
    n[i + 1] = a;
    this.length = i + 2;
  }

  private write6(code: number, a: number, b: number, c: number, d: number, e: number): void {
    const n = this.room(6);
    const i = this.length;
    n[i] = code;
    n[i + 1] = a;
    n[i + 2] = b;
    n[i + 3] = c;
    n[i + 4] = d;
    n[i + 5] = e;
    this.length = i + 6;
  }

  /** The buffer, grown when `size` more numbers would not fit. */
  private room(size: number): Float64Array {
    if (this.length + size <= this.numbers.length) return this.numbers;
    const buffer = new ArrayBufferCtor(this.numbers.length * 16);
    const grown = new F64(buffer);
    for (let i = 0; i < this.length; i++) grown[i] = this.numbers[i]!;
    this.buffer = buffer;
    this.numbers = grown;
    return grown;
  }

  private text(value: string): number {
    const known = this.stringIndex.get(value);
    if (known !== undefined) return known;
    const index = this.strings.length;
    this.strings[index] = value;
    this.stringIndex.set(value, index);
    return index;
  }
}
