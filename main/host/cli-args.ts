export interface HostArgs {
  port: number;
  dataDir: string | undefined;
}

export class HostArgsError extends Error {}

/** `--port N` (0 picks a free port) and `--data DIR`; anything else is refused, not ignored. */
export function parseHostArgs(argv: readonly string[]): HostArgs {
  const result: HostArgs = { port: 0, dataDir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg?.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = inline ?? argv[i + 1];
    if (flag === '--port' || flag === '--data') {
      if (value === undefined || value === '') throw new HostArgsError(`${flag} needs a value`);
      if (inline === undefined) i++;
      if (flag === '--port') {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new HostArgsError(`--port must be 0-65535, got ${value}`);
        result.port = port;
      } else {
        result.dataDir = value;
      }
    } else {
      throw new HostArgsError(`Unknown argument: ${arg}`);
    }
  }
  return result;
}
