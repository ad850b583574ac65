import { describe, expect, it } from 'vitest';
import { createKeyedTurns } from '../../../../../main/services/storage/keyed-turns';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('keyed turns', () => {
  it('runs work of one key one at a time in the order asked, other keys alongside, and goes on after a failure', async () => {
    const turns = createKeyedTurns();
    const log: string[] = [];
    const step = (name: string, fail = false) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
      if (fail) throw new Error(name);
      return name;
    };
    const a1 = turns.run('a', step('a1', true));
    const a2 = turns.run('a', step('a2'));
    const b1 = turns.run('b', step('b1'));
    await expect(a1).rejects.toThrow('a1');
    await expect(a2).resolves.toBe('a2');
    await expect(b1).resolves.toBe('b1');
    expect(log.indexOf('a1 end')).toBeLessThan(log.indexOf('a2 start'));
    expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
  });

  it('is idle only when every turn asked for so far has settled', async () => {
    const turns = createKeyedTurns();
    let done = 0;
    void turns.run('a', async () => {
      await tick();
      done++;
    });
    void turns.run('b', async () => {
      await tick();
      await tick();
      done++;
      throw new Error('b');
    }).catch(() => undefined);
    await turns.idle();
    expect(done).toBe(2);
  });
});
