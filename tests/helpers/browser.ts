// The system Chromium for browser tests: found or, under CI, a clear failure instead of a silent skip.
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/browser';

/** The browser's path, or undefined outside CI when none is installed (those tests are then skipped, loudly). */
export function browserPath(): string | undefined {
  try {
    return chromiumPath();
  } catch (error) {
    if (process.env.CI) throw error;
    console.warn(`⚠ browser tests skipped: ${(error as Error).message}`);
    return undefined;
  }
}

export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumArgs });
}
