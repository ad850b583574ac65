import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankComments, checkBoundaries, findImports } from './source-scanner';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const sourceExtensions = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const skippedFolders = new Set(['node_modules', 'dist', '.tsbuild', 'out', 'release']);

/** Every source file under the given top folders, as repo paths with `/`. */
function sourceFiles(...tops: string[]): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    const full = path.join(repoRoot, relative);
    if (!fs.existsSync(full)) return;
    for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) walk(child);
      } else if (sourceExtensions.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(child);
    }
  };
  for (const top of tops) walk(top);
  return files.sort();
}

function violations(files: string[]): string[] {
  return files.flatMap((file) => checkBoundaries(file, fs.readFileSync(path.join(repoRoot, file), 'utf8')));
}

describe('architecture boundaries in the source tree', () => {
  const mainFiles = sourceFiles('main');
  const rendererFiles = sourceFiles('renderer');

  it('scans the real tree (guards against a scanner that silently finds nothing)', () => {
    expect(mainFiles).toContain('main/domain/clients/client.ts');
    expect(mainFiles).toContain('main/services/storage/atomic-write.ts');
    const domainImports = findImports(fs.readFileSync(path.join(repoRoot, 'main/domain/clients/client.ts'), 'utf8'));
    expect(domainImports.map((ref) => ref.specifier)).toContain('zod');
    const storageImports = findImports(fs.readFileSync(path.join(repoRoot, 'main/services/storage/atomic-write.ts'), 'utf8'));
    expect(storageImports.map((ref) => ref.specifier)).toEqual(expect.arrayContaining(['node:fs', 'node:fs/promises', 'node:path']));
  });

  it('has Electron imported only under main/shell/', () => {
    expect(violations([...mainFiles, ...rendererFiles]).filter((v) => v.includes('Electron'))).toEqual([]);
  });

  it('keeps main/domain/ free of Node built-ins and of services, api, app, shell and host', () => {
    expect(violations(mainFiles.filter((f) => f.startsWith('main/domain/')))).toEqual([]);
  });

  it('lets the renderer take only types from main/ (values only from main/domain/), and no Node or Electron', () => {
    expect(violations(rendererFiles)).toEqual([]);
  });

  it('calls shell.openExternal nowhere outside main/shell/', () => {
    expect(violations([...mainFiles, ...rendererFiles]).filter((v) => v.includes('openExternal'))).toEqual([]);
  });

  it('finds no violation of any rule anywhere', () => {
    expect(violations([...mainFiles, ...rendererFiles])).toEqual([]);
  });
});

describe('the boundary scanner itself', () => {
  const check = (file: string, source: string) => checkBoundaries(file, source).length;

  it.each([
    ['main/services/x.ts', "import { app } from 'electron';"],
    ['main/api/x.ts', "import { ipcMain } from 'electron/main';"],
    ['main/host/x.ts', "const { shell } = require('electron');"],
    ['main/services/prefs.ts', "import Store from 'electron-store';"],
    ['renderer/app/x.tsx', "import { ipcRenderer } from 'electron';"],
    ['main/domain/x.ts', "import fs from 'node:fs';"],
    ['main/domain/x.ts', "import path from 'path';"],
    ['main/domain/x.ts', "import { readFile } from 'fs/promises';"],
    ['main/domain/x.ts', "import { randomUUID } from 'crypto';"],
    ['main/domain/clients/x.ts', "import { createDataFiles } from '../../services/storage/data-files';"],
    ['main/domain/clients/x.ts', "import type { DataFiles } from '../../services/storage/data-files';"],
    ['main/domain/clients/x.ts', "import { ApiError } from '../../api/errors';"],
    ['renderer/app/x.tsx', "import { contract } from '../../main/api/contract';"],
    ['renderer/app/x.tsx', "import { type CallName } from '../../main/api/contract';"],
    ['renderer/app/x.tsx', "import {\n  contract,\n  isCallName,\n} from '../../main/api/contract';"],
    ['renderer/app/x.tsx', "export { contract } from '../../main/api/contract';"],
    ['renderer/app/x.tsx', "const api = await import('../../main/api/contract');"],
    ['renderer/app/x.tsx', "import { createClientService } from '../../main/services/clients/client-service';"],
    ['renderer/app/x.tsx', "import path from 'node:path';"],
    ['renderer/app/x.tsx', "import { Buffer } from 'buffer';"],
    ['main/api/x.ts', 'await shell.openExternal(url);'],
    ['renderer/app/x.tsx', 'window.shell . openExternal(url)'],
  ])('catches a violation in %s: %j', (file, source) => {
    expect(check(file, source)).toBeGreaterThan(0);
  });

  it.each([
    ['main/shell/main.ts', "import { app, shell } from 'electron';\nawait shell.openExternal(url);"],
    ['main/shell/preload.ts', "const { contextBridge } = require('electron');"],
    ['main/domain/x.ts', "import { z } from 'zod';\nimport type { ClientStatus } from './client';"],
    ['main/services/x.ts', "import fs from 'node:fs';\nimport { clientSchema } from '../domain/clients/client';"],
    ['renderer/app/x.tsx', "import type { CallName } from '../../main/api/api-types';"],
    ['renderer/app/x.tsx', "import type {\n  Client,\n  ClientSummary,\n} from '../../main/api/api-types';"],
    ['renderer/app/x.tsx', "export type { Client } from '../../main/api/api-types';"],
    ['renderer/app/x.tsx', "import { clientStatuses } from '../../main/domain/clients/client';"],
    ['renderer/app/x.tsx', "import nl from '@locales/nl/common.json';\nimport { useState } from 'react';"],
    ['renderer/vite.config.ts', "import path from 'node:path';"],
    ['main/api/x.ts', "// never call shell.openExternal(url) here\n/* import fs from 'node:fs' */"],
    ['main/domain/x.ts', "/**\n * import fs from 'node:fs';\n */\nexport const x = 1;"],
    ['main/domain/x.ts', "const pattern = /['\"]/; // a quote inside a regex does not open a string\nimport { z } from 'zod';"],
    ['main/domain/x.ts', "const label = `${a ? '}' : `x${b}`}`;\nexport const y = 'import fs from \"fs\"';"],
  ])('accepts %s: %j', (file, source) => {
    expect(checkBoundaries(file, source)).toEqual([]);
  });

  it('reports the line of the offending import', () => {
    expect(checkBoundaries('main/domain/x.ts', "import { z } from 'zod';\n\nimport fs from 'node:fs';")).toEqual([
      "main/domain/x.ts:3: imports the Node built-in 'node:fs': main/domain/ is pure",
    ]);
  });

  it('blanks comments but keeps strings and line numbers', () => {
    const source = "a // one\nb /* two\nthree */ c\n'// not a comment'";
    const blanked = blankComments(source);
    expect(blanked.split('\n')).toHaveLength(4);
    expect(blanked).not.toContain('one');
    expect(blanked).not.toContain('three');
    expect(blanked).toContain("'// not a comment'");
  });
});
