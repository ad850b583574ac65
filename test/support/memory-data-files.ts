import type { DataFiles } from '../../main/services/storage/data-files';

/** DataFiles kept in a Map: the real store and services, without touching a disk. */
export function createMemoryDataFiles(root = '/memory'): DataFiles & { readonly files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const normal = (relative: string) => relative.replace(/\\/g, '/').replace(/^\/+/, '');
  return {
    root,
    files,
    async read(relative) {
      const data = files.get(normal(relative));
      return data === undefined ? undefined : new Uint8Array(data);
    },
    async write(relative, data) {
      files.set(normal(relative), new Uint8Array(data));
    },
    async list(folder) {
      const prefix = `${normal(folder)}/`;
      return [...files.keys()].filter((key) => key.startsWith(prefix) && !key.slice(prefix.length).includes('/')).map((key) => key.slice(prefix.length));
    },
    async listAll() {
      return [...files.keys()].sort();
    },
    async moveAside(relative, folder) {
      const data = files.get(normal(relative));
      if (data === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      const target = `${normal(folder)}/${Date.now()}-${normal(relative).split('/').pop()}`;
      files.set(target, data);
      files.delete(normal(relative));
      return target;
    },
    async ensureFolder() {},
    async remove(relative) {
      files.delete(normal(relative));
    },
    async append(relative, data) {
      const before = files.get(normal(relative)) ?? new Uint8Array();
      const joined = new Uint8Array(before.length + data.length);
      joined.set(before);
      joined.set(data, before.length);
      files.set(normal(relative), joined);
    },
    async removeFolder(folder) {
      const prefix = `${normal(folder)}/`;
      for (const key of [...files.keys()]) if (key.startsWith(prefix)) files.delete(key);
    },
  };
}
