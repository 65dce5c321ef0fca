import { describe, expect, it } from 'vitest';
import { kerasLines, kerasLog } from './kerasLog.ts';

const row = { epoch: 3, loss: 0.63781, penalty: 0, accuracy: 0.651, val_loss: 0.64023, val_accuracy: 0.648 };

describe('the Keras training log', () => {
  it('prints an epoch as model.fit does', () => {
    expect(kerasLines(row, { epochs: 150, steps: 25, accuracy: true, validation: true })).toEqual([
      'Epoch 3/150',
      '25/25 ━━━━━━━━━━━━━━━━━━━━ loss: 0.6378 - accuracy: 0.6510 - val_loss: 0.6402 - val_accuracy: 0.6480',
    ]);
  });

  it('leaves out what there is none of: accuracy for regression, val_ without validation data, the total until paused', () => {
    expect(kerasLines(row, { epochs: null, steps: 8, accuracy: false, validation: false })).toEqual(['Epoch 3', '8/8 ━━━━━━━━━━━━━━━━━━━━ loss: 0.6378']);
  });

  it('numbers a second fit as Play pressed again fits as many more epochs', () => {
    const text = kerasLog(
      [
        { ...row, epoch: 150 },
        { ...row, epoch: 151 },
      ],
      { epochs: 150, steps: 25, accuracy: true, validation: false },
    );
    expect(text.split('\n').filter((l) => l.startsWith('Epoch'))).toEqual(['Epoch 150/150', 'Epoch 151/300']);
    expect(kerasLines({ ...row, val_loss: NaN }, { epochs: 1, steps: 1, accuracy: false, validation: true })[1]).toContain('val_loss: nan');
  });
});
