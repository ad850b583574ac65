import type { AgreementOwner, ContactType } from '../../main/api/api-types';
import { agreementOwners, contactTypes, isContactType } from '../../main/domain/contacts/contact-kinds';

// The lists live in a zod-free domain module (see there why); the renderer re-exports them here.
export { agreementOwners, contactTypes, isContactType };

export function isAgreementOwner(value: string): value is AgreementOwner {
  return (agreementOwners as readonly string[]).includes(value);
}

const storageKey = 'verbind.lastContactType';
let inMemory: ContactType = 'home_visit';

/**
 * The kind of contact the worker logged last, offered first next time: most workers log the same
 * kind all day. Kept in this window's storage (nothing about a client), with memory as fallback.
 */
export function rememberedContactType(): ContactType {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (stored !== null && isContactType(stored)) return stored;
  } catch {
    // storage unavailable: fall back to memory
  }
  return inMemory;
}

export function rememberContactType(type: ContactType): void {
  inMemory = type;
  try {
    window.localStorage.setItem(storageKey, type);
  } catch {
    // storage unavailable: memory is enough for this session
  }
}
