import { describe, expect, it } from 'vitest';
import { backupsToRemove, dailyBackupDue } from '../../../../../main/domain/backup/backup-rotation';
import { backupStamp, isBackupStamp, newestFirst, stampTime } from '../../../../../main/domain/backup/backup-stamp';

const stampAt = (iso: string) => backupStamp(new Date(iso));
const complete = (iso: string) => ({ stamp: stampAt(iso), complete: true });
const damaged = (iso: string) => ({ stamp: stampAt(iso), complete: false });

describe('backup stamps', () => {
  it('names a folder after its time, safe on every file system, and reads the time back', () => {
    const stamp = stampAt('2025-03-01T09:05:07.123Z');
    expect(stamp).toBe('2025-03-01T09-05-07-123Z');
    expect(isBackupStamp(stamp)).toBe(true);
    expect(stampTime(stamp).toISOString()).toBe('2025-03-01T09:05:07.123Z');
    expect(isBackupStamp('replaced-2025-03-01T09-05-07-123Z')).toBe(false);
    expect(isBackupStamp('../2025-03-01T09-05-07-123Z')).toBe(false);
  });

  it('gives a second backup in the same millisecond its own name, sorted after the first', () => {
    const taken = new Set(['2025-03-01T09-05-07-123Z']);
    const second = backupStamp(new Date('2025-03-01T09:05:07.123Z'), (stamp) => taken.has(stamp));
    expect(second).toBe('2025-03-01T09-05-07-123Z-1');
    expect(['2025-03-01T09-05-07-123Z', second, '2025-02-01T00-00-00-000Z'].sort(newestFirst)).toEqual([
      second,
      '2025-03-01T09-05-07-123Z',
      '2025-02-01T00-00-00-000Z',
    ]);
  });
});

describe('daily backup due', () => {
  const now = new Date('2025-03-10T12:00:00.000Z');

  it('is due without backups, or when the newest complete one is a day old', () => {
    expect(dailyBackupDue([], now)).toBe(true);
    expect(dailyBackupDue([complete('2025-03-09T12:00:00.000Z')], now)).toBe(true);
    expect(dailyBackupDue([complete('2025-03-09T12:00:00.001Z')], now)).toBe(false);
  });

  it('does not count a damaged backup, nor one dated in the future (a clock set back)', () => {
    expect(dailyBackupDue([damaged('2025-03-10T11:00:00.000Z')], now)).toBe(true);
    expect(dailyBackupDue([complete('2025-03-11T11:00:00.000Z')], now)).toBe(true);
  });
});

describe('rotation', () => {
  it('keeps the newest N complete backups, whatever made them', () => {
    const backups = [
      complete('2025-03-05T00:00:00.000Z'),
      complete('2025-03-01T00:00:00.000Z'),
      complete('2025-03-04T00:00:00.000Z'),
      complete('2025-03-02T00:00:00.000Z'),
      complete('2025-03-03T00:00:00.000Z'),
    ];
    expect(backupsToRemove(backups, 3)).toEqual([stampAt('2025-03-02T00:00:00.000Z'), stampAt('2025-03-01T00:00:00.000Z')]);
    expect(backupsToRemove(backups, 14)).toEqual([]);
  });

  it('removes damaged folders older than the newest complete backup, never a newer one (it may be in progress)', () => {
    const backups = [damaged('2025-03-06T00:00:00.000Z'), complete('2025-03-05T00:00:00.000Z'), damaged('2025-03-04T00:00:00.000Z')];
    expect(backupsToRemove(backups, 14)).toEqual([stampAt('2025-03-04T00:00:00.000Z')]);
  });

  it('removes nothing when there is no complete backup at all, so a damaged one is never the last thing lost', () => {
    expect(backupsToRemove([damaged('2025-03-04T00:00:00.000Z')], 1)).toEqual([]);
  });

  it('always keeps at least the newest complete backup', () => {
    expect(backupsToRemove([complete('2025-03-05T00:00:00.000Z'), complete('2025-03-04T00:00:00.000Z')], 0)).toEqual([
      stampAt('2025-03-04T00:00:00.000Z'),
    ]);
  });
});
