// Finds the system Chromium (CHROME_PATH, else Debian's) and the flags it needs on a closed network.
import { existsSync } from 'node:fs';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (path): path is string => !!path,
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Chromium found (tried ${candidates.join(', ')}): install it with "apt-get install -y chromium" or set CHROME_PATH.`,
    );
  }
  return found;
}
