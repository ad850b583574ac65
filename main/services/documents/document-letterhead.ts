import { maxLogoBytes, type Language, type Preferences } from '../preferences/preferences-schema';
import { longDate } from './document-format';

/** The organisation as it appears on every document, from Settings. */
export interface Organisation {
  name: string;
  address: string;
  phone: string;
  email: string;
  logo?: Uint8Array | undefined;
}

/** The worker who sends or prepares a document. */
export interface Sender {
  name: string;
  role: string;
  phone: string;
  email: string;
}

/** What every document model carries besides its content. */
export interface DocumentBasics {
  language: Language;
  /** The day it was made, written out: "4 december 2026". */
  dateText: string;
  createdAt: Date;
  organisation: Organisation;
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const jpegSignature = [0xff, 0xd8, 0xff];

/**
 * The logo's bytes from its data URL, when it is what Settings allows: a PNG or JPEG of at most
 * 512 KB. Checked again here because the preferences file can be edited by hand.
 */
export function logoBytes(dataUrl: string): Uint8Array | undefined {
  const match = /^data:image\/(?:png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  if (!match?.[1]) return undefined;
  const bytes = new Uint8Array(Buffer.from(match[1], 'base64'));
  if (bytes.length === 0 || bytes.length > maxLogoBytes) return undefined;
  const startsWith = (signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);
  return startsWith(pngSignature) || startsWith(jpegSignature) ? bytes : undefined;
}

export function organisationOf(preferences: Preferences): Organisation {
  return {
    name: preferences.organisationName,
    address: preferences.organisationAddress,
    phone: preferences.organisationPhone,
    email: preferences.organisationEmail,
    logo: logoBytes(preferences.organisationLogo),
  };
}

export function senderOf(preferences: Preferences, fallbackName: string): Sender {
  return {
    name: preferences.workerName || fallbackName,
    role: preferences.workerRole,
    phone: preferences.workerPhone,
    email: preferences.workerEmail,
  };
}

export function documentBasics(preferences: Preferences, language: Language, now: Date, today: string): DocumentBasics {
  return { language, dateText: longDate(today, language), createdAt: now, organisation: organisationOf(preferences) };
}
