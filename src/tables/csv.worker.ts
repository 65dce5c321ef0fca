// Reads a learner's CSV file off the page's thread: a 20 MB file takes seconds to split into rows,
// which on the page would freeze it. Limits are checked as the rows stream in, so a file that is
// too long stops at the first row past the limit. One file per worker; the page ends it to cancel.

import { checkCsvSize } from './csv.ts';
import { decodeCsvBytes, parseCsvText } from './csvParse.ts';
import type { CsvReadReply, CsvReadRequest } from './csvMessages.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: CsvReadReply) => scope.postMessage(reply);

scope.onmessage = async (e: MessageEvent<CsvReadRequest>) => {
  const { file } = e.data;
  const tooLarge = checkCsvSize(file.size);
  if (tooLarge) return post({ type: 'error', error: tooLarge });
  post({ type: 'progress', bytes: 0, total: file.size, rows: 0 });
  const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return post({ type: 'error', error: decoded.error });
  const chars = Math.max(1, decoded.text.length);
  const result = parseCsvText(decoded.text, {
    encodingNotice: decoded.notice,
    onRows: (rows, rowNumbers) => post({ type: 'rows', rows, rowNumbers }),
    onProgress: (read, rows) => post({ type: 'progress', bytes: Math.round((file.size * read) / chars), total: file.size, rows }),
  });
  post(result.ok ? { type: 'done', summary: result.summary } : { type: 'error', error: result.error });
};
