import { describe, expect, test } from 'vitest';
import { createTickPoster, type TickPorts } from './tick-channel';

/**
 * A worker's task queue in miniature: channel messages and "platform" tasks (the
 * unhandledrejection event) go into one FIFO, as in Chromium's worker scheduler.
 */
function fakeWorker() {
  const queue: Array<() => void> = [];
  const ports: TickPorts = {
    port1: { onmessage: null },
    port2: { postMessage: () => queue.push(() => ports.port1.onmessage?.(undefined as never)) },
  };
  const drain = () => {
    while (queue.length > 0) queue.shift()!();
  };
  return { ports, queue, drain };
}

describe('createTickPoster', () => {
  test('a tick posted during a task runs after an event the platform queues at the end of that task', () => {
    const { ports, queue, drain } = fakeWorker();
    const post = createTickPoster(ports);
    const order: string[] = [];
    // The task: user code schedules the next tick, then the microtask checkpoint finds an
    // unhandled rejection and the platform queues its event.
    post(() => order.push('tick'));
    queue.push(() => order.push('unhandledrejection'));
    drain();
    expect(order).toEqual(['unhandledrejection', 'tick']);
  });

  test('ticks that post the next tick keep running, each behind the event queued by its own task', () => {
    const { ports, queue, drain } = fakeWorker();
    const post = createTickPoster(ports);
    const order: string[] = [];
    let n = 0;
    const tick = () => {
      order.push(`tick ${++n}`);
      if (n < 3) post(tick);
      if (n === 2) queue.push(() => order.push('event after tick 2'));
    };
    post(tick);
    drain();
    expect(order).toEqual(['tick 1', 'tick 2', 'event after tick 2', 'tick 3']);
  });

  test('a second post before the tick runs replaces the task and sends no extra message', () => {
    const { ports, queue, drain } = fakeWorker();
    const post = createTickPoster(ports);
    const order: string[] = [];
    post(() => order.push('first'));
    post(() => order.push('second'));
    expect(queue).toHaveLength(1);
    drain();
    expect(order).toEqual(['second']);
  });

  test('works over a real MessageChannel', async () => {
    const channel = new MessageChannel();
    const post = createTickPoster(channel);
    const ran = await new Promise<string>((resolve) => post(() => resolve('ran')));
    expect(ran).toBe('ran');
    channel.port1.close();
  });
});
