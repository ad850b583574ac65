import { toApiCallError, type ApiCallError } from '../api/api-client';

/** What the worker is told about their last change. */
export type SaveState =
  | { kind: 'idle' }
  /** Changed: waiting for a pause in typing, or being saved. */
  | { kind: 'pending' }
  | { kind: 'saved'; at: Date }
  /** Not saved; the typed text stays on screen and the next change (or a flush) tries again. */
  | { kind: 'failed'; error: ApiCallError };

/** Saves on their way from any screen: a screen opened right after leaving another waits for them. */
const inFlight = new Set<Promise<void>>();

/**
 * Resolves once every save sent so far has been answered, or undefined when none is on its way.
 * The Programma tab uses it after the session view closes, so it never shows the record from
 * before the last change.
 */
export function savesInFlight(): Promise<void> | undefined {
  return inFlight.size === 0 ? undefined : Promise.all([...inFlight]).then(() => undefined);
}

/**
 * Saves the latest value of something the worker edits, a moment after they stop changing it.
 * Only the newest value is ever sent (a whole session record: the main process replaces it), one
 * save at a time, and `flush()` sends a waiting change at once (on blur, on leaving the screen, on
 * closing the window). No React here, so the rules are easy to test and to reason about.
 */
export class Autosaver<T> {
  private latest: T | undefined;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly save: (value: T) => Promise<unknown>,
    private readonly report: (state: SaveState) => void,
    private readonly delayMs = 500,
  ) {}

  /** A new value: saved after `delayMs` without another change. */
  change(value: T): void {
    this.latest = value;
    this.dirty = true;
    this.report({ kind: 'pending' });
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.delayMs);
  }

  /** Whether a change has not been stored yet. */
  get hasUnsavedChanges(): boolean {
    return this.dirty || this.running !== undefined;
  }

  /** Saves a waiting change now; resolves when everything changed so far is stored (or has failed). */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    // One save at a time: a change made while one is on its way goes out right after it.
    if (this.running) return this.running.then(() => (this.dirty ? this.flush() : undefined));
    if (!this.dirty) return Promise.resolve();
    const value = this.latest as T;
    this.dirty = false;
    const running = this.save(value).then(
      () => {
        this.running = undefined;
        if (!this.dirty) this.report({ kind: 'saved', at: new Date() });
      },
      (error: unknown) => {
        this.running = undefined;
        // Kept as unsaved: the next change or flush sends the newest value again.
        this.dirty = true;
        this.report({ kind: 'failed', error: toApiCallError(error) });
      },
    );
    this.running = running;
    inFlight.add(running);
    void running.finally(() => inFlight.delete(running));
    return running;
  }
}
