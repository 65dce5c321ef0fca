// The UI's handle on the training worker. Drops messages from superseded setups and acks each
// frame on the next animation frame, so exactly one frame is in flight and the worker never
// outruns the screen. It also watches the worker: an error it did not catch, a message that cannot be
// read, or silence while training counts as its death, reported once so the session can start another.
import type { Command, WorkerMessage } from './protocol.ts';

export interface TrainingClient {
  /** `transfer` lists buffers to move to the worker rather than copy (a table's arrays). */
  send(cmd: Command, transfer?: Transferable[]): void;
  dispose(): void;
}

export interface ClientEvents {
  onMessage(msg: WorkerMessage): void;
  /** The worker is gone (and terminated); nothing more comes from this client. */
  onDeath(reason: string): void;
  /** Training is meant to be running, so a silent worker is a dead one (a paused one may be busy with a long step). */
  expectsProgress(): boolean;
}

export type ClientFactory = (events: ClientEvents) => TrainingClient;

/** The worker answers a ping between two slices of training (~12 ms); pings go out this often... */
const PING_EVERY_MS = 1000;
/** ...and a worker that stays silent this long after one, while training, is taken for dead. */
const SILENCE_LIMIT_MS = 4000;

/** The part of a Worker the client uses: a real one in the page, an in-process runner in tests. */
export interface WorkerPort {
  postMessage(cmd: Command, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror: ((e: MessageEvent) => void) | null;
}

export const createTrainingClient: ClientFactory = (events) =>
  connectClient(new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module', name: 'layerlab-training' }), events, requestAnimationFrame);

/** `nextFrame` runs the ack once the frame is painted (requestAnimationFrame in the page). */
export function connectClient(worker: WorkerPort, events: ClientEvents, nextFrame: (fn: () => void) => void): TrainingClient {
  let latestRunId = -1;
  let disposed = false;
  /** When the unanswered ping went out; null once anything was heard since. */
  let pingSentAt: number | null = null;
  const post = (cmd: Command, transfer: Transferable[] = []) => {
    if (!disposed) worker.postMessage(cmd, transfer);
  };
  const ack = () => post({ type: 'ack' });
  const stop = () => {
    disposed = true;
    clearInterval(watch);
    worker.terminate();
  };
  const die = (reason: string) => {
    if (disposed) return;
    stop();
    events.onDeath(reason);
  };
  const watch = setInterval(() => {
    if (pingSentAt === null) {
      pingSentAt = Date.now();
      post({ type: 'ping' });
    } else if (events.expectsProgress() && Date.now() - pingSentAt > SILENCE_LIMIT_MS) {
      die('it stopped answering');
    }
  }, PING_EVERY_MS);
  worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
    pingSentAt = null;
    const msg = e.data;
    if (msg.type === 'pong' || disposed) return;
    const stale = msg.runId < latestRunId;
    if (!stale) events.onMessage(msg);
    if (msg.type === 'frame') {
      if (stale) ack();
      else nextFrame(ack);
    }
  };
  worker.onerror = (e) => {
    e.preventDefault();
    die(`it hit an error (${e.message || 'unknown'})`);
  };
  worker.onmessageerror = () => die('one of its messages could not be read');
  return {
    send(cmd, transfer = []) {
      if (cmd.type === 'configure') latestRunId = cmd.runId;
      post(cmd, transfer);
    },
    dispose: stop,
  };
}
