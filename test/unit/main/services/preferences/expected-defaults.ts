/**
 * The defaults besides language and last view, written out by hand so a changed default is a
 * deliberate test change: contact log (worker name, attention weeks), programme (stress threshold),
 * referrals and documents (follow-up days, organisation details) and the lock (idle minutes).
 */
export const newDefaults = {
  workerName: '',
  attentionWeeks: 4,
  stressThreshold: 5,
  // Referrals and documents: follow up after two weeks; no organisation details until the worker sets them.
  referralFollowUpDays: 14,
  organisationName: '',
  organisationAddress: '',
  organisationPhone: '',
  organisationEmail: '',
  organisationLogo: '',
  workerRole: '',
  workerPhone: '',
  workerEmail: '',
  // Encryption at rest: lock after ten idle minutes.
  lockAfterMinutes: 10,
  // Only after the worker turns it on does the keychain hold a copy of the key.
  keychainUnlock: false,
  // Two weeks of daily backups; closed cases are offered for erasure after two years.
  backupKeep: 14,
  retentionMonths: 24,
};
