import type { DataFiles } from '../storage/data-files';

/**
 * A sub-folder of the data folder seen as a data folder of its own: `backups/<stamp>/x` is `x`.
 * Wrapped in the encrypted view, a backed-up file opens with its original path, the one it was
 * sealed with, so files are copied into a backup as they are, never decrypted and sealed again.
 */
export function folderView(files: DataFiles, folder: string): DataFiles {
  const inside = (relative: string) => `${folder}/${relative}`;
  const outside = (relative: string) => relative.slice(folder.length + 1);
  return {
    root: `${files.root}/${folder}`,
    read: (relative) => files.read(inside(relative)),
    write: (relative, data) => files.write(inside(relative), data),
    list: (relativeFolder) => files.list(inside(relativeFolder)),
    async listAll() {
      return (await files.listAll()).filter((relative) => relative.startsWith(`${folder}/`)).map(outside);
    },
    async moveAside(relative, relativeFolder) {
      return outside(await files.moveAside(inside(relative), inside(relativeFolder)));
    },
    ensureFolder: (relativeFolder) => files.ensureFolder(inside(relativeFolder)),
    remove: (relative) => files.remove(inside(relative)),
    append: (relative, data) => files.append(inside(relative), data),
    removeFolder: (relativeFolder) => files.removeFolder(inside(relativeFolder)),
  };
}
