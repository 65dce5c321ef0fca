// A headless session for tests (as tldraw's TestEditor): the real stores and session actions wired to
// the real runner in-process, over the real client, with vitest's fake clock advanced by hand. Messages
// are structured-cloned with their transfers, both ways, and arrive asynchronously, as with a Worker.
// Test-only: nothing in the app imports it.

import { vi } from 'vitest';
import { connectClient, type ClientFactory } from '../worker/client.ts';
import type { Command, FrameMessage, WorkerMessage } from '../worker/protocol.ts';
import { PlaygroundRunner } from '../worker/runner.ts';
import { useConfigStore } from './configStore.ts';
import { useLessonStore } from './lessonStore.ts';
import { startSession } from './session.ts';
import { clearSnapshot, type SessionSnapshot } from './snapshot.ts';
import { useTableStore } from './tableStore.ts';
import { useTrainingStore } from './trainingStore.ts';
import { useViewStore } from './viewStore.ts';
import { useWalkthroughStore } from './walkthroughStore.ts';

/** A painted frame: the page acks a frame this long after it arrives. */
const FRAME_MS = 16;

export interface TestSession {
  /** Every command the session sent, in order (the client's own acks and pings are not listed). */
  sent: Command[];
  /** Every message the workers sent, in order. */
  received: WorkerMessage[];
  frames(): FrameMessage[];
  /** Moves the fake clock on: the session's timers, the worker's training slices, frame acks. */
  advance(ms: number): void;
  /** The current worker dies silently (as `self.close()`): it handles nothing more. */
  killWorker(): void;
  /** The current worker's error event fires (an exception it did not catch). */
  crashWorker(message: string): void;
  /** How many workers have been started. */
  workers(): number;
  stop(): void;
}

/** Every store back to how a fresh page starts. */
export function resetStores(): void {
  for (const store of [useConfigStore, useTrainingStore, useViewStore, useWalkthroughStore, useLessonStore, useTableStore] as const) {
    (store as { setState(s: unknown, replace: true): void }).setState(store.getInitialState(), true);
  }
  clearSnapshot();
}

/** Fake timers on, fresh stores, then a running session; call stop() in afterEach. */
export function startTestSession(options: { resume?: SessionSnapshot | null; beforeStart?: () => void } = {}): TestSession {
  vi.useFakeTimers();
  resetStores();
  options.beforeStart?.();
  const sent: Command[] = [];
  const received: WorkerMessage[] = [];
  const workers: { alive: boolean; port: ReturnType<typeof fakeWorker> }[] = [];

  function fakeWorker() {
    const self = { alive: true };
    // Each reading of the worker's clock costs a little fake time, so a full-speed slice of training ends.
    let drift = 0;
    const runner = new PlaygroundRunner({
      post: (msg, transfer) => {
        const copy = structuredClone(msg, { transfer });
        setTimeout(() => {
          if (!self.alive) return;
          received.push(copy);
          port.onmessage?.({ data: copy } as MessageEvent<WorkerMessage>);
        }, 0);
      },
      schedule: (fn, delayMs) => setTimeout(() => self.alive && fn(), delayMs),
      now: () => {
        drift += 0.25;
        return Date.now() + drift;
      },
    });
    const port = {
      self,
      postMessage(cmd: Command, transfer: Transferable[]) {
        const copy = structuredClone(cmd, { transfer });
        setTimeout(() => self.alive && runner.handle(copy), 0);
      },
      terminate() {
        self.alive = false;
      },
      onmessage: null as ((e: MessageEvent<WorkerMessage>) => void) | null,
      onerror: null as ((e: ErrorEvent) => void) | null,
      onmessageerror: null as ((e: MessageEvent) => void) | null,
    };
    return port;
  }

  const createClient: ClientFactory = (events) => {
    const port = fakeWorker();
    workers.push({ alive: true, port });
    const client = connectClient(port, events, (fn) => setTimeout(fn, FRAME_MS));
    return {
      send(cmd, transfer) {
        sent.push(cmd);
        client.send(cmd, transfer);
      },
      dispose: client.dispose,
    };
  };

  const stop = startSession({ createClient, resume: options.resume });
  const current = () => workers[workers.length - 1].port;
  return {
    sent,
    received,
    frames: () => received.filter((m): m is FrameMessage => m.type === 'frame'),
    advance: (ms) => vi.advanceTimersByTime(ms),
    killWorker: () => {
      current().self.alive = false;
    },
    crashWorker: (message) => {
      const port = current();
      port.self.alive = false;
      port.onerror?.({ message, preventDefault() {} } as ErrorEvent);
    },
    workers: () => workers.length,
    stop: () => {
      stop();
      vi.useRealTimers();
    },
  };
}
