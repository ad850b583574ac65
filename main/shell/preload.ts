import { contextBridge, ipcRenderer } from 'electron';
import type { VerbindApi } from '../api/api-types';
import { invokeChannel } from './ipc-channel';

// Exactly the contract, as one typed `invoke`; raw ipcRenderer never reaches the page.
const api: VerbindApi = {
  invoke: (name, input) => ipcRenderer.invoke(invokeChannel, name, input),
};

contextBridge.exposeInMainWorld('api', api);
