import { writeSync } from 'node:fs';
import { startCore } from '../../main/app/start-core';

/**
 * A child process for the kill -9 test: opens the real store and logs contacts one after another,
 * printing `ack <n>` only after each write was acknowledged (the moment the worker would see
 * "saved"). The test kills it at a random moment and checks that every acknowledged write is there.
 * The folder is encrypted, as in the app: set up on the first run, unlocked on the next ones.
 *
 *   node durability-writer.mjs <dataDir> <first number> <count> <passphrase>
 */
const [dataDir, firstText, countText, passphrase] = process.argv.slice(2);
if (!dataDir || !firstText || !countText || !passphrase) throw new Error('usage: <dataDir> <first> <count> <passphrase>');
const first = Number(firstText);
const count = Number(countText);
const preferences = new Map<string, unknown>();
const core = await startCore({
  dataDir,
  version: 'durability-test',
  preferences: { get: (key) => preferences.get(key), set: (key, value) => void preferences.set(key, value) },
  logError: (message, error) => process.stderr.write(`${message}: ${String(error)}\n`),
  encryptAtRest: true,
});
const call = async (name: Parameters<typeof core.dispatch>[0], input: unknown) => {
  const result = await core.dispatch(name, input, { transport: 'test' });
  if (!result.ok) {
    process.stderr.write(`${name} refused: ${JSON.stringify(result.error)}\n`);
    process.exit(3);
  }
  return result.value as { id: string }[] | { id: string };
};

const security = await core.dispatch('security.status', {}, { transport: 'test' });
if (security.ok && (security.value as { state: string }).state === 'setup_needed') await call('security.setup', { passphrase, understood: true });
else await call('security.unlock', { passphrase });
let clients = (await call('clients.list', {})) as { id: string }[];
while (clients.length < 3) {
  await call('clients.create', { givenName: 'Zoë', familyName: `Dürr ${clients.length}` });
  clients = (await call('clients.list', {})) as { id: string }[];
}
writeSync(1, 'ready\n');
for (let n = first; n < first + count; n++) {
  const clientId = clients[n % clients.length]!.id;
  await call('contacts.create', { clientId, fields: { at: new Date().toISOString(), type: 'phone', summary: `write ${n}` } });
  writeSync(1, `ack ${n}\n`);
}
await core.close();
