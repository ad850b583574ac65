/**
 * Zod-free, so the set-up screen can say the same rule the main process checks.
 * Long enough to resist guessing once the laptop is gone; a sentence is easier to remember than a code.
 */
export const minPassphraseLength = 10;
export const maxPassphraseLength = 500;
