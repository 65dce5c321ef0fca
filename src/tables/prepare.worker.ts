// Prepares tables off the page's thread: splitting, standardising and one-hot encoding 200,000 rows,
// or turning 60,000 digits into floats, takes half a second or more, which on the page would freeze it.

import { createPrepareHost } from './prepareHost.ts';
import type { PrepareRequest } from './prepareMessages.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createPrepareHost();

scope.onmessage = (e: MessageEvent<PrepareRequest>) => {
  const out = handle(e.data);
  if (out) scope.postMessage(out.reply, out.transfer);
};
