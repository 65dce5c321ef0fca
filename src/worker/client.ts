// The UI's handle on the training worker. Drops messages from superseded setups and acks each
// frame on the next animation frame, so exactly one frame is in flight and the worker never
// outruns the screen.
import type { Command, WorkerMessage } from './protocol.ts';

export interface TrainingClient {
  /** `transfer` lists buffers to move to the worker rather than copy (a table's arrays). */
  send(cmd: Command, transfer?: Transferable[]): void;
  dispose(): void;
}

export function createTrainingClient(onMessage: (msg: WorkerMessage) => void): TrainingClient {
  const worker = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module', name: 'layerlab-training' });
  let latestRunId = -1;
  let disposed = false;
  const ack = () => {
    if (!disposed) worker.postMessage({ type: 'ack' } satisfies Command);
  };
  worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
    const msg = e.data;
    const stale = msg.runId < latestRunId;
    if (!stale) onMessage(msg);
    if (msg.type === 'frame') {
      if (stale) ack();
      else requestAnimationFrame(ack);
    }
  };
  worker.onerror = (e) => {
    onMessage({ type: 'error', runId: latestRunId, message: `The training worker stopped: ${e.message || 'unknown error'}` });
  };
  return {
    send(cmd, transfer = []) {
      if (cmd.type === 'configure' || cmd.type === 'restore') latestRunId = cmd.runId;
      worker.postMessage(cmd, transfer);
    },
    dispose() {
      disposed = true;
      worker.terminate();
    },
  };
}
