import { z } from 'zod';
import type { DataFiles } from '../storage/data-files';

/**
 * The ids of erased clients (`privacy/erased-clients.json`), and nothing else about them: a backup
 * made before an erasure still holds the client until it rotates out, and restoring that backup
 * must not bring the client back. An id alone says nothing about a person once their file is gone.
 */
export const erasureRegisterFile = 'privacy/erased-clients.json';

const registerSchema = z.strictObject({
  schemaVersion: z.literal(1),
  erased: z.array(z.strictObject({ clientId: z.string().min(1).max(100), erasedAt: z.iso.datetime() })),
});
type Register = z.infer<typeof registerSchema>;

export class ErasureRegisterDamagedError extends Error {
  constructor() {
    super('The register of erased clients cannot be read');
    this.name = 'ErasureRegisterDamagedError';
  }
}

async function readRegister(files: DataFiles): Promise<Register> {
  const bytes = await files.read(erasureRegisterFile);
  if (bytes === undefined) return { schemaVersion: 1, erased: [] };
  try {
    const parsed = registerSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    if (parsed.success) return parsed.data;
  } catch {
    // damaged: refuse below rather than forget who was erased
  }
  throw new ErasureRegisterDamagedError();
}

/** Every erased client id; a damaged register throws (a restore must not guess). */
export async function readErasedClientIds(files: DataFiles): Promise<ReadonlySet<string>> {
  return new Set((await readRegister(files)).erased.map((entry) => entry.clientId));
}

/** Adds ids to the register in one atomic write; an id already there is kept once. */
export async function registerErasures(files: DataFiles, clientIds: readonly string[], at: Date): Promise<void> {
  const register = await readRegister(files);
  const known = new Set(register.erased.map((entry) => entry.clientId));
  const added = clientIds.filter((id) => !known.has(id)).map((clientId) => ({ clientId, erasedAt: at.toISOString() }));
  if (added.length === 0) return;
  await files.ensureFolder('privacy');
  await files.write(erasureRegisterFile, new TextEncoder().encode(`${JSON.stringify({ ...register, erased: [...register.erased, ...added] }, null, 2)}\n`));
}
