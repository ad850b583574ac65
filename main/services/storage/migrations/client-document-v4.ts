import type { Migration } from '../migrations';

/** Version 4 gives the client file room for referrals; it starts empty. */
export const clientDocumentV4: Migration = {
  version: 4,
  description: 'client file: referrals',
  up(document) {
    return { ...document, referrals: [] };
  },
};
