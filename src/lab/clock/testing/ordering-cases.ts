/**
 * Snippets whose output order depends on how timers, promises and microtasks interleave.
 * `expected` is what real Node 24 printed for each snippet with its real timers: run
 * `npm run node-ordering` to print the table again from Node and compare. The clock tests run
 * every snippet on the virtual clock and require the same output, in both clock modes.
 *
 * Snippets may use `log`, the timer functions, `Date`, `queueMicrotask` and promises.
 */
export interface OrderingCase {
  name: string;
  code: string;
  expected: string[];
  /**
   * Timers here are created at different moments (a chain of sleeps, an interval re-armed when
   * it fires), a few ms apart. On the instant clock, as in an idle Node, the order is fixed; with
   * real waits on a busy machine, late firing can shift them past each other, so the real-clock
   * run of the table skips these cases.
   */
  driftSensitive?: boolean;
  /**
   * The message of an unhandled rejection that ends the run, as it ends a Node process: once the
   * microtask queue has drained, before any timer fires. `expected` is what was printed before.
   */
  uncaught?: string;
}

export const orderingCases: OrderingCase[] = [
  {
    name: 'sync code, then microtasks, then a 0 ms timer',
    code: `
      setTimeout(() => log('timeout'), 0);
      Promise.resolve().then(() => log('then'));
      queueMicrotask(() => log('microtask'));
      log('sync');`,
    expected: ['sync', 'then', 'microtask', 'timeout'],
  },
  {
    name: 'timers with the same delay fire in creation order',
    code: `
      for (const name of ['a', 'b', 'c', 'd']) setTimeout(() => log(name), 10);`,
    expected: ['a', 'b', 'c', 'd'],
  },
  {
    name: 'a 0 ms timer is a 1 ms timer, so it keeps its place behind an earlier 1 ms one',
    code: `
      setTimeout(() => log('one'), 1);
      setTimeout(() => log('zero'), 0);
      setTimeout(() => log('negative'), -5);`,
    expected: ['one', 'zero', 'negative'],
  },
  {
    name: 'shorter delays fire first whatever the creation order',
    code: `
      setTimeout(() => log('30'), 30);
      setTimeout(() => log('10'), 10);
      setTimeout(() => log('20'), 20);`,
    expected: ['10', '20', '30'],
  },
  {
    name: 'microtasks queued by a timer run before the next timer',
    code: `
      setTimeout(() => {
        log('t1');
        Promise.resolve().then(() => log('t1 then'));
        queueMicrotask(() => log('t1 microtask'));
      }, 0);
      setTimeout(() => log('t2'), 0);`,
    expected: ['t1', 't1 then', 't1 microtask', 't2'],
  },
  {
    name: 'a timer created inside a timer goes behind timers already due',
    code: `
      setTimeout(() => {
        log('outer');
        setTimeout(() => log('inner'), 0);
      }, 0);
      setTimeout(() => log('sibling'), 0);`,
    expected: ['outer', 'sibling', 'inner'],
  },
  {
    name: 'an async function runs synchronously until its first await',
    code: `
      async function task() {
        log('task start');
        await null;
        log('task resumed');
      }
      task();
      log('after call');`,
    expected: ['task start', 'after call', 'task resumed'],
  },
  {
    name: 'two loops awaiting different sleeps interleave by time',
    code: `
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      async function loop(name, ms, times) {
        for (let i = 1; i <= times; i++) {
          await sleep(ms);
          log(name + i);
        }
      }
      loop('fast', 30, 3);
      loop('slow', 50, 2);`,
    expected: ['fast1', 'slow1', 'fast2', 'fast3', 'slow2'],
    driftSensitive: true,
  },
  {
    name: 'Promise.all resolves in input order, not finish order',
    code: `
      const wait = (ms, v) => new Promise((r) => setTimeout(() => { log('done ' + v); r(v); }, ms));
      Promise.all([wait(30, 'a'), wait(10, 'b'), wait(20, 'c')]).then((v) => log(v.join(',')));`,
    expected: ['done b', 'done c', 'done a', 'a,b,c'],
  },
  {
    name: 'an interval fires until it is cleared from its own callback',
    code: `
      let n = 0;
      const id = setInterval(() => {
        n++;
        log('tick ' + n);
        if (n === 3) clearInterval(id);
      }, 10);
      setTimeout(() => log('timeout 25'), 25);`,
    expected: ['tick 1', 'tick 2', 'timeout 25', 'tick 3'],
    driftSensitive: true,
  },
  {
    name: 'an interval is re-armed after its callback, behind a timer the callback created',
    code: `
      let n = 0;
      const id = setInterval(() => {
        n++;
        log('interval ' + n);
        if (n === 1) setTimeout(() => log('timeout from interval'), 10);
        if (n === 2) clearInterval(id);
      }, 10);`,
    expected: ['interval 1', 'timeout from interval', 'interval 2'],
    driftSensitive: true,
  },
  {
    name: 'clearTimeout before it fires cancels it; clearing twice is harmless',
    code: `
      const a = setTimeout(() => log('a'), 10);
      setTimeout(() => log('b'), 20);
      clearTimeout(a);
      clearTimeout(a);
      clearTimeout(12345);`,
    expected: ['b'],
  },
  {
    name: 'clearInterval can cancel a timeout and clearTimeout an interval',
    code: `
      const t = setTimeout(() => log('timeout'), 10);
      const i = setInterval(() => log('interval'), 10);
      clearInterval(t);
      clearTimeout(i);
      setTimeout(() => log('end'), 30);`,
    expected: ['end'],
  },
  {
    name: 'extra arguments are passed to the callback',
    code: `
      setTimeout((a, b) => log(a + '-' + b), 5, 'x', 'y');`,
    expected: ['x-y'],
  },
  {
    name: 'a busy loop delays a timer that fell due while it ran',
    code: `
      const t0 = Date.now();
      setTimeout(() => log('due at 10, late: ' + (Date.now() - t0 >= 60)), 10);
      while (Date.now() - t0 < 60) {}
      setTimeout(() => log('scheduled after the loop'), 0);
      log('loop done');`,
    expected: ['loop done', 'due at 10, late: true', 'scheduled after the loop'],
  },
  {
    name: 'a timer cannot fire before the time it was due',
    code: `
      const t0 = Date.now();
      setTimeout(() => log('waited enough: ' + (Date.now() - t0 >= 50)), 50);`,
    expected: ['waited enough: true'],
  },
  {
    name: 'awaiting an async function that returned at once takes one microtask turn',
    code: `
      async function inner() { return 'inner'; }
      async function outer() { log(await inner()); }
      outer();
      Promise.resolve().then(() => log('p1')).then(() => log('p2')).then(() => log('p3'));`,
    expected: ['inner', 'p1', 'p2', 'p3'],
  },
  {
    name: 'microtasks queued by microtasks all run before any timer',
    code: `
      setTimeout(() => log('timer'), 0);
      let n = 0;
      const spin = () => { if (++n < 1000) queueMicrotask(spin); else log('microtasks: ' + n); };
      queueMicrotask(spin);`,
    expected: ['microtasks: 1000', 'timer'],
  },
  {
    name: 'a rejection handled later in a timer chain still reaches its catch',
    code: `
      const fail = (ms) => new Promise((_, reject) => setTimeout(() => reject(new Error('late ' + ms)), ms));
      fail(20).catch((e) => log('caught ' + e.message));
      setTimeout(() => log('10'), 10);
      setTimeout(() => log('30'), 30);`,
    expected: ['10', 'caught late 20', '30'],
  },
  {
    name: 'Promise.race settles with the first timer and the others still fire',
    code: `
      const wait = (ms) => new Promise((r) => setTimeout(() => { log('fired ' + ms); r(ms); }, ms));
      Promise.race([wait(40), wait(15), wait(25)]).then((v) => log('winner ' + v));`,
    expected: ['fired 15', 'winner 15', 'fired 25', 'fired 40'],
  },
  {
    name: 'an unhandled rejection ends the run once the microtasks have drained, before any timer',
    code: `
      Promise.reject(new Error('lost'));
      setTimeout(() => log('later'), 10);
      Promise.resolve().then(() => log('microtask'));
      log('sync');`,
    expected: ['sync', 'microtask'],
    uncaught: 'lost',
  },
  {
    name: 'a promise rejected in a timer and never handled stops the timers after it',
    code: `
      setTimeout(() => { log('first'); Promise.reject(new Error('in a timer')); }, 10);
      setTimeout(() => log('second'), 10);
      setTimeout(() => log('third'), 20);`,
    expected: ['first'],
    uncaught: 'in a timer',
  },
  {
    name: 'a rejection handled later in the same microtask drain is not unhandled',
    code: `
      const p = Promise.reject(new Error('handled'));
      setTimeout(() => log('later'), 10);
      Promise.resolve().then(() => Promise.resolve()).then(() => p.catch((e) => log('caught ' + e.message)));
      log('sync');`,
    expected: ['sync', 'caught handled', 'later'],
  },
  {
    name: 'an async function started early and awaited after a timer rejects unhandled',
    code: `
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      async function failSoon() { await sleep(10); throw new Error('nobody was awaiting'); }
      async function main() {
        const task = failSoon();
        await sleep(50);
        log('awaiting now');
        try { await task; } catch (e) { log('caught ' + e.message); }
      }
      main();`,
    expected: [],
    uncaught: 'nobody was awaiting',
  },
];
