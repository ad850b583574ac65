import { afterAll, beforeAll } from 'vitest';

/**
 * Runs this test file's tests in a given IANA time zone (Node reads `TZ` again whenever it is set),
 * so rules about local days and DST are tested where they bite, whatever zone the machine is in.
 * Call once at module level; the previous zone comes back after the file.
 */
export function useTimeZone(zone: string): void {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });
}
