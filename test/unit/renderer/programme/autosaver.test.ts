import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../../../renderer/api/api-client';
import { Autosaver, type SaveState } from '../../../../renderer/programme/autosaver';

function setup(save: (value: string) => Promise<unknown> = async () => undefined) {
  const sent: string[] = [];
  const states: SaveState['kind'][] = [];
  const saver = new Autosaver<string>(
    async (value) => {
      sent.push(value);
      await save(value);
    },
    (state) => states.push(state.kind),
    500,
  );
  return { saver, sent, states };
}

describe('Autosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves the latest value once typing pauses for the delay', async () => {
    const { saver, sent, states } = setup();
    saver.change('a');
    await vi.advanceTimersByTimeAsync(400);
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(400);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toEqual(['ab']);
    expect(states.at(-1)).toBe('saved');
  });

  it('sends a waiting change at once on flush, and nothing when nothing changed', async () => {
    const { saver, sent } = setup();
    await saver.flush();
    expect(sent).toEqual([]);
    saver.change('x');
    await saver.flush();
    expect(sent).toEqual(['x']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual(['x']);
  });

  it('saves one at a time and sends a change made meanwhile right after', async () => {
    let release: () => void = () => undefined;
    const { saver, sent, states } = setup((value) => (value === 'first' ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve()));
    saver.change('first');
    const flushing = saver.flush();
    saver.change('second');
    const second = saver.flush();
    expect(sent).toEqual(['first']);
    release();
    await flushing;
    await second;
    expect(sent).toEqual(['first', 'second']);
    expect(states.at(-1)).toBe('saved');
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('reports a failure, keeps the value as unsaved and sends it again on the next flush', async () => {
    let fail = true;
    const { saver, sent, states } = setup(async () => {
      if (fail) throw new ApiCallError({ code: 'store_unavailable', messageKey: 'errors:storeUnavailable' });
    });
    saver.change('notes');
    await saver.flush();
    expect(states.at(-1)).toBe('failed');
    expect(saver.hasUnsavedChanges).toBe(true);
    fail = false;
    await saver.flush();
    expect(sent).toEqual(['notes', 'notes']);
    expect(states.at(-1)).toBe('saved');
  });
});
