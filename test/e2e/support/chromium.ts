import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.VERBIND_CHROMIUM ?? '/usr/bin/chromium';

/** Debian's Chromium with the flags that work on machines without a display or network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
