import type { DirectoryCsvService } from '../../services/directory/directory-csv-service';
import type { DirectoryService } from '../../services/directory/directory-service';
import type { Handlers } from '../dispatcher';

type DirectoryCalls =
  | 'directory.list'
  | 'directory.create'
  | 'directory.update'
  | 'directory.delete'
  | 'directory.exportCsv'
  | 'directory.previewImport'
  | 'directory.commitImport';

export function directoryHandlers(services: () => { directory: DirectoryService; directoryCsv: DirectoryCsvService }): Pick<Handlers, DirectoryCalls> {
  const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
  return {
    'directory.list': async ({ query, kind, phase }) => services().directory.list({ query, kind, phase }),
    'directory.create': async ({ fields }) => services().directory.create(fields),
    'directory.update': async ({ serviceId, expectedUpdatedAt, fields }) => services().directory.update(serviceId, expectedUpdatedAt, fields),
    'directory.delete': async ({ serviceId, expectedUpdatedAt }) => {
      await services().directory.remove(serviceId, expectedUpdatedAt);
      return { deleted: true as const };
    },
    'directory.exportCsv': async ({ language }) => services().directoryCsv.exportCsv(language),
    'directory.previewImport': async ({ contentBase64 }) => services().directoryCsv.previewImport(bytes(contentBase64)),
    'directory.commitImport': async ({ contentBase64 }) => services().directoryCsv.commitImport(bytes(contentBase64)),
  };
}
