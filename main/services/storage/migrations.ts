/**
 * Stored documents carry a `schemaVersion`. A migration lifts a document from `version - 1` to
 * `version`; the runner applies them in order, in memory. The file on disk is only rewritten when
 * the worker next changes that document, so an app that fails halfway has lost nothing.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  up(document: Record<string, unknown>): Record<string, unknown>;
}

export class NewerVersionError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(`Stored version ${found} is newer than this app supports (${supported}).`);
    this.name = 'NewerVersionError';
  }
}

export class MigrationInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationInputError';
  }
}

/** Checks the migration list itself: versions 2..current, each once, in order. */
export function assertMigrationChain(migrations: readonly Migration[], currentVersion: number): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 2) throw new Error(`Migration ${index} should lift to version ${index + 2}`);
  });
  if (migrations.length !== currentVersion - 1) throw new Error(`Expected ${currentVersion - 1} migrations`);
}

export function migrateDocument(
  raw: unknown,
  migrations: readonly Migration[],
  currentVersion: number,
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new MigrationInputError('not an object');
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new MigrationInputError('missing or invalid schemaVersion');
  }
  if (version > currentVersion) throw new NewerVersionError(version, currentVersion);
  let document = raw as Record<string, unknown>;
  for (const migration of migrations) {
    if (migration.version <= version) continue;
    document = { ...migration.up(document), schemaVersion: migration.version };
  }
  return document;
}
