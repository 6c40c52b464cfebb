import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { TEST_BUILDS } from '../helpers/build';
import { readPages } from '../helpers/dist';

const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('the W3C Nu HTML Checker', () => {
  it.for(['la', 'subpath'])('finds no error in any page of the %s build', (build, { task }) => {
    const dist = `${TEST_BUILDS}/${build}`;
    const result = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', '--skip-non-html', dist], {
      encoding: 'utf8',
    });
    if (result.error)
      throw new Error(
        `Could not run java (install a JRE, e.g. "apt-get install -y default-jre-headless"): ${result.error.message}`,
      );
    const { messages } = JSON.parse(result.stderr) as { messages: VnuMessage[] };
    const errors = messages.map((m) => `${m.url.split(`${build}/`).pop()}:${m.lastLine} ${m.message}`);
    expect(errors).toEqual([]);
    task.meta.counts = { 'pages checked by vnu': readPages(dist).length };
  });
});
