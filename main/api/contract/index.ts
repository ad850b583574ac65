import type { z } from 'zod';
import { agendaContract } from './agenda';
import { appContract } from './app';
import { clientsContract } from './clients';
import { contactsContract } from './contacts';
import { directoryContract } from './directory';
import { documentsContract } from './documents';
import { measuresContract } from './measures';
import { preferencesContract } from './preferences';
import { programmeContract } from './programme';
import { referralsContract } from './referrals';
import { securityContract } from './security';
import { transferContract } from './transfer';
import { backupsContract } from './backups';
import { privacyContract } from './privacy';
import { auditContract } from './audit';

/** Every call the renderer can make, joined from one contract file per area. */
export const contract = {
  ...appContract,
  ...clientsContract,
  ...contactsContract,
  ...agendaContract,
  ...programmeContract,
  ...measuresContract,
  ...preferencesContract,
  ...transferContract,
  ...directoryContract,
  ...referralsContract,
  ...documentsContract,
  ...securityContract,
  ...backupsContract,
  ...privacyContract,
  ...auditContract,
};

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** What the renderer may pass (before defaults and trimming are applied). */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** What a handler receives, after validation. */
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}
