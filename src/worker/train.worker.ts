/// <reference lib="webworker" />
// The training worker: a thin adapter between postMessage and the runner.
import type { Command } from './protocol.ts';
import { PlaygroundRunner } from './runner.ts';

declare const self: DedicatedWorkerGlobalScope;

// A MessageChannel yields to pending messages without setTimeout's 4 ms clamp, so training at
// full speed keeps the core busy while 'pause' and 'ack' still get through at once.
const channel = new MessageChannel();
let pending: (() => void) | null = null;
channel.port1.onmessage = () => {
  const fn = pending;
  pending = null;
  fn?.();
};

const runner = new PlaygroundRunner({
  post: (msg, transfer) => self.postMessage(msg, transfer),
  schedule(fn, delayMs) {
    if (delayMs > 0) {
      setTimeout(fn, delayMs);
    } else {
      pending = fn;
      channel.port2.postMessage(null);
    }
  },
  now: () => performance.now(),
});

self.onmessage = (e: MessageEvent<Command>) => runner.handle(e.data);
