/** The single IPC channel; every call of the API contract travels through it by name. */
export const invokeChannel = 'verbind:invoke';
