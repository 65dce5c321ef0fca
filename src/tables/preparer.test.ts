import { describe, expect, it, vi } from 'vitest';
import { buildIris } from '../../scripts/vite-plugin-datasets.ts';
import { parseCsv } from './csvParse.ts';
import { prepareSource, type PrepareResult, type RawSource } from './prepare.ts';
import { createPrepareHost, resultTransferables } from './prepareHost.ts';
import type { PrepareRequest } from './prepareMessages.ts';
import { createPreparer, type Connect } from './preparer.ts';

const iris: RawSource = { kind: 'tabular', name: 'iris', raw: buildIris() };

/** A worker whose answers wait until the test releases them, and which the test can kill. */
function heldBack() {
  const sent: PrepareRequest[] = [];
  const answers: (() => void)[] = [];
  let die = () => {};
  let connections = 0;
  const connect: Connect = (onReply, onFail) => {
    connections++;
    const host = createPrepareHost();
    die = onFail;
    return {
      post(message) {
        sent.push(message);
        const out = host(message);
        if (out) answers.push(() => onReply(out.reply));
      },
      end() {},
    };
  };
  return {
    connect,
    sent,
    prepares: () => sent.filter((m) => m.type === 'prepare').map((m) => m.type === 'prepare' && m.split.validationSplit),
    answer: async () => {
      await vi.waitFor(() => expect(answers.length).toBeGreaterThan(0));
      answers.shift()!();
    },
    // A dead worker answers nothing more.
    die: () => {
      answers.length = 0;
      die();
    },
    connections: () => connections,
  };
}

/** `rows` rows of 20 columns: x0..x18 and a label with three classes. */
function csvOf(rows: number): RawSource {
  const names = Array.from({ length: 19 }, (_, j) => `x${j}`);
  const lines = [[...names, 'label'].join(',')];
  for (let i = 0; i < rows; i++) lines.push([...names.map((_, j) => `${(i * (j + 1)) % 13}.5`), i % 3].join(','));
  const parsed = parseCsv(lines.join('\n'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { kind: 'csv', fileName: 'rows.csv', table: parsed.table, choice: { target: 'label', features: names, task: 'classification' } };
}

const counts = (r: PrepareResult | null) => (r?.ok ? [r.table.trainCount, r.table.validationCount] : r);

/** A large result, compared where it says something (a deep comparison of every float is slow). */
function summary(r: PrepareResult | null) {
  if (!r?.ok) return r;
  const { table, data } = r;
  return {
    counts: counts(r),
    task: table.task,
    classNames: table.classNames,
    stats: table.stats,
    x: Array.from(data.train.x.subarray(-50)),
    y: Array.from(data.validation!.y.subarray(-50)),
  };
}

describe('createPreparer', () => {
  it('without workers (Node) prepares in-process, exactly as prepareSource does', async () => {
    const result = await createPreparer().prepare('iris', iris, { validationSplit: 0.3, validationRows: 'shuffled', seed: 1 }, 5);
    expect(result).toEqual(prepareSource('iris', iris, { validationSplit: 0.3, validationRows: 'shuffled', seed: 1 }, 5));
  });

  it('a newer request in the same lane supersedes the running one and drops the waiting ones: stale splits are never prepared', async () => {
    const worker = heldBack();
    const preparer = createPreparer(worker.connect);
    const first = preparer.prepare('iris', iris, { validationSplit: 0.1, validationRows: 'shuffled', seed: 1 }, 1, 'setup');
    await vi.waitFor(() => expect(worker.prepares()).toEqual([0.1]));
    const second = preparer.prepare('iris', iris, { validationSplit: 0.2, validationRows: 'shuffled', seed: 1 }, 2, 'setup');
    const other = preparer.prepare('iris', iris, { validationSplit: 0.5, validationRows: 'shuffled', seed: 1 }, 3);
    const third = preparer.prepare('iris', iris, { validationSplit: 0.3, validationRows: 'shuffled', seed: 1 }, 4, 'setup');
    expect(await second).toBeNull();
    await worker.answer();
    expect(await first).toBeNull();
    await worker.answer();
    expect(counts(await other)).toEqual([75, 75]);
    await worker.answer();
    expect(counts(await third)).toEqual([105, 45]);
    // 0.2 never ran; the raw table went over once.
    expect(worker.prepares()).toEqual([0.1, 0.5, 0.3]);
    expect(worker.sent.filter((m) => m.type === 'raw')).toHaveLength(1);
  });

  it('hands a CSV over once, in messages of at most 100,000 cells, and prepares it for any split and choice', async () => {
    const worker = heldBack();
    const preparer = createPreparer(worker.connect);
    const raw = csvOf(12_000);
    const first = preparer.prepare('csv', raw, { validationSplit: 0.2, validationRows: 'shuffled', seed: 1 }, 1);
    await worker.answer();
    expect(summary(await first)).toEqual(summary(prepareSource('csv', raw, { validationSplit: 0.2, validationRows: 'shuffled', seed: 1 }, 1)));
    const chunks = worker.sent.filter((m) => m.type === 'rows');
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    for (const c of chunks) expect(c.type === 'rows' && c.rows.length * 20).toBeLessThanOrEqual(100_000);
    expect(chunks.flatMap((c) => (c.type === 'rows' ? c.rowNumbers : []))).toEqual(raw.kind === 'csv' && raw.table.rowNumbers);

    // The same table with another choice: only the choice travels.
    const sent = worker.sent.length;
    const regression: RawSource = { ...raw, choice: { target: 'x0', features: ['x1', 'x2'], task: 'regression' } } as RawSource;
    const second = preparer.prepare('csv', regression, { validationSplit: 0.5, validationRows: 'shuffled', seed: 2 }, 2);
    await worker.answer();
    expect(summary(await second)).toEqual(summary(prepareSource('csv', regression, { validationSplit: 0.5, validationRows: 'shuffled', seed: 2 }, 2)));
    expect(worker.sent.slice(sent).map((m) => m.type)).toEqual(['prepare']);
  });

  it('a worker that dies answers with a message a learner can read, and the next request starts a new one with the data again', async () => {
    const worker = heldBack();
    const preparer = createPreparer(worker.connect);
    const doomed = preparer.prepare('iris', iris, { validationSplit: 0.2, validationRows: 'shuffled', seed: 1 }, 1);
    await vi.waitFor(() => expect(worker.prepares()).toHaveLength(1));
    worker.die();
    const lost = await doomed;
    expect(lost?.ok === false && lost.error.message).toMatch(/^The browser stopped the worker preparing the table/);
    const again = preparer.prepare('iris', iris, { validationSplit: 0.2, validationRows: 'shuffled', seed: 1 }, 2);
    await worker.answer();
    expect(counts(await again)).toEqual([120, 30]);
    expect(worker.connections()).toBe(2);
    expect(worker.sent.filter((m) => m.type === 'raw')).toHaveLength(2);
  });

  it('what a prepared table transfers: each buffer once, the page arrays included', () => {
    const result = prepareSource('iris', iris, { validationSplit: 0.3, validationRows: 'shuffled', seed: 1 }, 1);
    if (!result.ok) throw new Error(result.error.message);
    const buffers = resultTransferables(result);
    expect(new Set(buffers).size).toBe(buffers.length);
    for (const a of [result.data.train.x, result.data.validation!.y, result.table.validationX, result.table.validationTargets]) expect(buffers).toContain(a.buffer);
  });
});
