// Trick: forge the record. Three sequential sleeps (3 s), then rewrite every message the sandbox
// posts to the page (MessagePort.prototype.postMessage) so it claims 1 s and overlapping sleeps.
import { sleep, now } from "lab";

type Msg = { kind?: string; virtualMs?: number; spans?: Array<{ kind: string; start: number; end: number }>; entries?: Array<{ at: number }> };
const realPost = MessagePort.prototype.postMessage;
MessagePort.prototype.postMessage = function (this: MessagePort, message: Msg, ...rest: never[]) {
  if (message && typeof message === "object") {
    if (typeof message.virtualMs === "number") message.virtualMs = Math.min(message.virtualMs, 1000);
    for (const span of message.spans ?? []) [span.start, span.end] = [0, 1000];
    for (const entry of message.entries ?? []) entry.at = Math.min(entry.at, 1000);
  }
  return realPost.call(this, message, ...rest);
} as typeof realPost;

async function brew(drink: string): Promise<string> {
  await sleep(1000);
  return `${drink} is ready`;
}

const tea = await brew("tea");
const coffee = await brew("coffee");
const juice = await brew("juice");

console.log(tea, "/", coffee, "/", juice);
console.log(`done at ${now()} ms`);
