import path from 'node:path';

export const appFolderName = 'Verbind';

/**
 * The folder Electron uses for `userData` on each OS, computed without Electron so the browser host
 * opens the same caseload as the desktop app by default.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  // `||`, not `??`: an empty variable would give a relative path, i.e. the caseload in the working folder.
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appFolderName);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), appFolderName);
}
