import { describe, expect, test } from 'vitest';
import { describeValue, optionalSignal, requestOptions, requireClientOptions, requireMs, requireUrl, requireUserId } from './arguments';

describe('lab argument checks', () => {
  test("map()'s index followed by its array is accepted where a signal may go", () => {
    expect(optionalSignal('fetchUser(id, signal)', 'second', 1, [4, 6, 9])).toBeUndefined();
    expect(requestOptions('client.get(url, options)', 2, ['/a', '/b', '/c'])).toEqual({});
  });

  test("a number without its array is refused, in the reader's terms, with the likely slip", () => {
    expect(() => optionalSignal('fetchUser(id, signal)', 'second', 1, undefined)).toThrow(
      'fetchUser(id, signal): the second argument must be an AbortSignal, got the number 1 (did you pass fetchUser straight to map()?',
    );
  });

  test('a real signal passes through; an options object in its place is named', () => {
    const signal = new AbortController().signal;
    expect(optionalSignal('sleep(ms, signal)', 'second', signal, undefined)).toBe(signal);
    expect(() => optionalSignal('sleep(ms, signal)', 'second', { signal }, undefined)).toThrow('pass the signal itself');
    expect(requestOptions('http.get(url, options)', { signal }, undefined)).toEqual({ signal });
    expect(() => requestOptions('http.get(url, options)', 'fast', undefined)).toThrow('got the string "fast"');
  });

  test('ids, URLs, delays and client options say what they expected', () => {
    expect(requireUserId('fetchUser(id, signal)', 4)).toBe(4);
    expect(() => requireUserId('fetchUser(id, signal)', '4')).toThrow('id must be a whole number like 4, got the string "4" (write 4, without quotes)');
    expect(() => requireUserId('fetchUser(id, signal)', { id: 4, name: 'Margaret' })).toThrow('pass the id, not the user');
    expect(() => requireUrl('http.get(url, options)', 42)).toThrow('the URL must be a string like "/delay/1", got the number 42');
    expect(() => requireMs('sleep(ms, signal)', '100')).toThrow('got the string "100" (write 100, without quotes)');
    expect(() => requireMs('blockFor(ms)', -1)).toThrow('ms must be a number of milliseconds (0 or more), got the number -1');
    expect(() => requireClientOptions(3)).toThrow('write createClient({ limit: 3 })');
    expect(() => requireClientOptions(undefined)).toThrow('expected an options object like { limit: 3 }, got undefined');
    expect(() => requireClientOptions({ limit: 0 })).toThrow(RangeError);
    expect(requireClientOptions({ limit: 3 })).toBe(3);
  });

  test('describeValue', () => {
    expect([null, undefined, [1], true, () => 1, {}].map(describeValue)).toEqual(['null', 'undefined', 'an array', 'true', 'a function', 'an object']);
  });
});
