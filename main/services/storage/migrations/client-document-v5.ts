import type { Migration } from '../migrations';

/** Version 5 gives the client file room for consent records (AVG); it starts empty. */
export const clientDocumentV5: Migration = {
  version: 5,
  description: 'client file: consents',
  up(document) {
    return { ...document, consents: [] };
  },
};
