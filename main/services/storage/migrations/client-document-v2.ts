import type { Migration } from '../migrations';

/**
 * Version 2 turns the bare client record into a client file: the fuller profile (flags start
 * empty), a status history that begins with the status the client had, an empty contact log and no
 * appointments. Nothing the worker entered is dropped or reinterpreted.
 */
export const clientDocumentV2: Migration = {
  version: 2,
  description: 'client file: flags, status history, contact log and appointments',
  up(document) {
    const client = (document.client ?? {}) as Record<string, unknown>;
    return {
      ...document,
      client: {
        ...client,
        flags: Array.isArray(client.flags) ? client.flags : [],
        statusHistory: [{ to: client.status, at: client.createdAt, by: '' }],
      },
      contacts: [],
      appointments: [],
    };
  },
};
