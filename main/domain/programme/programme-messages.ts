import { guidanceKeys } from './phase-guidance';
import { templateInvalid } from './programme-template';
import { templateEditErrors } from './template-edit';
import { templateFileErrors } from './template-file';

/**
 * Every translation key this area can hand to the renderer (namespace `programme`). The locale
 * files `locales/{nl,en}/programme.json` must hold each of them; a test can compare the two.
 */
export const programmeMessageKeys: readonly string[] = [
  ...Object.values(templateInvalid),
  ...Object.values(templateFileErrors),
  ...Object.values(templateEditErrors),
  ...Object.values(guidanceKeys),
];
