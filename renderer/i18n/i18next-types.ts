import type { defaultNamespace, resources } from './resources';

// Every `t('ns:key')` is checked against the Dutch files at compile time; the parity test keeps
// English in step with them.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNamespace;
    resources: (typeof resources)['nl'];
  }
}
