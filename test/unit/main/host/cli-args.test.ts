import { describe, expect, it } from 'vitest';
import { HostArgsError, parseHostArgs } from '../../../../main/host/cli-args';

describe('browser host arguments', () => {
  it('defaults to a free port and the desktop data folder', () => {
    expect(parseHostArgs([])).toEqual({ port: 0, dataDir: undefined });
  });

  it('takes --port and --data, separated or with =', () => {
    expect(parseHostArgs(['--port', '5173', '--data', '/tmp/v'])).toEqual({ port: 5173, dataDir: '/tmp/v' });
    expect(parseHostArgs(['--port=0', '--data=/tmp/a=b'])).toEqual({ port: 0, dataDir: '/tmp/a=b' });
  });

  it.each([[['--port']], [['--port', 'http']], [['--port', '70000']], [['--port', '-1']], [['--data']], [['--verbose']], [['extra']]])(
    'refuses %j with a message',
    (argv) => {
      expect(() => parseHostArgs(argv)).toThrow(HostArgsError);
    },
  );
});
