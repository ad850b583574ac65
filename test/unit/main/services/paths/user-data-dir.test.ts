import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFolderName, defaultUserDataDir } from '../../../../../main/services/paths/user-data-dir';

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');

describe('defaultUserDataDir', () => {
  it('uses the folder name Electron derives from package.json productName', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { productName?: string };
    expect(appFolderName).toBe('Verbind');
    expect(pkg.productName).toBe(appFolderName);
  });

  describe('Windows (Electron: %APPDATA%\\Verbind)', () => {
    it('uses APPDATA when set', () => {
      expect(defaultUserDataDir('win32', { APPDATA: 'D:\\Profiles\\an\\Roaming' }, 'C:\\Users\\an')).toBe(
        'D:\\Profiles\\an\\Roaming\\Verbind',
      );
    });

    it('falls back to AppData\\Roaming in the home folder when APPDATA is unset', () => {
      expect(defaultUserDataDir('win32', {}, 'C:\\Users\\an')).toBe('C:\\Users\\an\\AppData\\Roaming\\Verbind');
    });

    it('treats an empty APPDATA as unset instead of storing the caseload in the working folder', () => {
      expect(defaultUserDataDir('win32', { APPDATA: '' }, 'C:\\Users\\an')).toBe('C:\\Users\\an\\AppData\\Roaming\\Verbind');
    });

    it('ignores XDG_CONFIG_HOME', () => {
      expect(defaultUserDataDir('win32', { APPDATA: 'C:\\R', XDG_CONFIG_HOME: '/x' }, 'C:\\Users\\an')).toBe('C:\\R\\Verbind');
    });
  });

  describe('macOS (Electron: ~/Library/Application Support/Verbind)', () => {
    it('uses Application Support whatever the environment says', () => {
      expect(defaultUserDataDir('darwin', { XDG_CONFIG_HOME: '/x', APPDATA: '/y' }, '/Users/an')).toBe(
        '/Users/an/Library/Application Support/Verbind',
      );
    });
  });

  describe('Linux (Electron: $XDG_CONFIG_HOME/Verbind or ~/.config/Verbind)', () => {
    it('uses XDG_CONFIG_HOME when set', () => {
      expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/data/an/cfg' }, '/home/an')).toBe('/data/an/cfg/Verbind');
    });

    it.each([
      ['unset', {}],
      ['empty', { XDG_CONFIG_HOME: '' }],
    ])('falls back to ~/.config when XDG_CONFIG_HOME is %s', (_label, env) => {
      expect(defaultUserDataDir('linux', env, '/home/an')).toBe('/home/an/.config/Verbind');
    });

    it('ignores APPDATA', () => {
      expect(defaultUserDataDir('linux', { APPDATA: 'C:\\R' }, '/home/an')).toBe('/home/an/.config/Verbind');
    });
  });

  it('always gives an absolute path for an absolute home', () => {
    for (const [platform, home] of [
      ['win32', 'C:\\Users\\an'],
      ['darwin', '/Users/an'],
      ['linux', '/home/an'],
    ] as const) {
      const dir = defaultUserDataDir(platform, { APPDATA: '', XDG_CONFIG_HOME: '' }, home);
      const isAbsolute = platform === 'win32' ? path.win32.isAbsolute : path.posix.isAbsolute;
      expect(isAbsolute(dir), `${platform}: ${dir}`).toBe(true);
      expect(dir.endsWith(`${platform === 'win32' ? '\\' : '/'}Verbind`)).toBe(true);
    }
  });
});
