import type { Migration } from '../migrations';

/** Version 3 gives the client file room for the programme and for measurements; both start empty. */
export const clientDocumentV3: Migration = {
  version: 3,
  description: 'client file: programme runs and measurements',
  up(document) {
    return { ...document, programmes: [], measurements: [] };
  },
};
