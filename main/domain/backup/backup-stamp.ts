/**
 * A backup's folder name: its creation time in UTC with `-` for `:` and `.` (safe on every file
 * system), so names sort by time and the time can be read back from the name alone — also for a
 * damaged backup whose manifest cannot be read. A second backup in the same millisecond gets `-1`.
 */
export const backupStampPattern = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d{1,3})?$/;

export function backupStamp(at: Date, taken: (stamp: string) => boolean = () => false): string {
  const base = at.toISOString().replace(/[:.]/g, '-');
  if (!taken(base)) return base;
  for (let n = 1; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

export function isBackupStamp(name: string): boolean {
  return backupStampPattern.test(name);
}

/** When the backup named `stamp` was started, from its name. */
export function stampTime(stamp: string): Date {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(stamp);
  if (!match) throw new Error(`Not a backup stamp: ${stamp}`);
  return new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`);
}

/** Newest first; the `-n` suffix keeps two backups of one millisecond in the order they were made. */
export function newestFirst(a: string, b: string): number {
  const time = stampTime(b).getTime() - stampTime(a).getTime();
  if (time !== 0) return time;
  const suffix = (stamp: string) => Number(/Z-(\d+)$/.exec(stamp)?.[1] ?? 0);
  return suffix(b) - suffix(a);
}
