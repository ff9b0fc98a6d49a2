/**
 * Pending timers, ordered as Node fires them: earliest due time first, and among timers due at
 * the same time, the one scheduled first. A binary heap keyed on (due, seq); cancelled timers
 * are dropped lazily when they reach the top, so clearTimeout is O(1).
 */

import { ArrayPop, ArrayPush, SafeMap, safeArray } from '../sandbox/primordials';

export interface Timer {
  id: number;
  /** Virtual ms at which it is due. */
  due: number;
  /** Scheduling order; a re-armed interval takes a new one, as Node appends it to its list. */
  seq: number;
  callback: (...args: unknown[]) => void;
  args: unknown[];
  /** The repeat delay of an interval, or undefined for a one-shot timer. */
  repeat: number | undefined;
  /** False for a timer that must not keep the run alive (Node's `unref`). */
  ref: boolean;
  cancelled: boolean;
}

/** Without destructuring, which would go through Array.prototype[Symbol.iterator]. */
function swap(heap: Timer[], a: number, b: number): void {
  const held = heap[a]!;
  heap[a] = heap[b]!;
  heap[b] = held;
}

const before = (a: Timer, b: Timer) => a.due < b.due || (a.due === b.due && a.seq < b.seq);

export class TimerQueue {
  // Built-ins taken at boot (primordials.ts): the reader's patches to Array or Map cannot reorder timers.
  private heap: Timer[] = safeArray();
  private live = new SafeMap<number, Timer>();
  private nextSeq = 0;

  private refs = 0;

  /** Number of timers that will still fire. */
  get size(): number {
    return this.live.size;
  }

  /** Number of pending timers that keep the run alive. */
  get refCount(): number {
    return this.refs;
  }

  /** Adds a timer (or re-arms an interval), giving it the next scheduling order. */
  push(timer: Omit<Timer, 'seq' | 'cancelled'> | Timer): Timer {
    const entry: Timer = { ...timer, seq: this.nextSeq++, cancelled: false };
    this.live.set(entry.id, entry);
    if (entry.ref) this.refs++;
    ArrayPush(this.heap, entry);
    this.siftUp(this.heap.length - 1);
    return entry;
  }

  /** Cancels the timer with this id; unknown or already fired ids are ignored, as in Node. */
  cancel(id: number): void {
    const timer = this.live.get(id);
    if (!timer) return;
    timer.cancelled = true;
    this.live.delete(id);
    if (timer.ref) this.refs--;
  }

  /** The next timer to fire, without removing it. */
  peek(): Timer | undefined {
    this.dropCancelled();
    return this.heap[0];
  }

  /** Removes and returns the next timer to fire. */
  pop(): Timer | undefined {
    this.dropCancelled();
    const top = this.heap[0];
    if (!top) return undefined;
    this.removeTop();
    this.live.delete(top.id);
    if (top.ref) this.refs--;
    return top;
  }

  private dropCancelled(): void {
    while (this.heap[0]?.cancelled) this.removeTop();
  }

  private removeTop(): void {
    const last = ArrayPop(this.heap)!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.siftDown(0);
    }
  }

  private siftUp(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      swap(heap, i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && before(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heap.length && before(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === i) return;
      swap(heap, i, smallest);
      i = smallest;
    }
  }
}
