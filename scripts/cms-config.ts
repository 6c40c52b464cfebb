// Prints the CMS's configuration (Decap CMS, served at /admin/), generated from the zod schemas by src/cms/.
//
//   npm run cms:config                          print the configuration the dev site serves (local backend)
//   npm run cms:config -- --github owner/repo   the configuration a production build writes (GitHub backend)
//   npm run cms:config -- --out <file>          write it to a file instead of printing it
//
// The dev site (`npm run edit`, `npm run dev`) generates it on every request of /admin/config.yml, and a build with
// CMS_GITHUB_REPO set writes it into dist/admin/ (src/integrations/cms.ts): no generated file is committed.
// docs/cms.md explains the mapping; tests/unit/cms-config.test.ts proves every schema field is in the form.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cmsConfigYaml } from '../src/cms';

const { values } = parseArgs({
  options: {
    github: { type: 'string' },
    branch: { type: 'string' },
    'base-url': { type: 'string' },
    local: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(`Usage: npm run cms:config -- [--github owner/repo [--branch main] [--base-url https://oauth.example.com]] [--local <decap-server url>] [--out file]

Prints the CMS's configuration, generated from src/schemas/. Without --github: the one the dev site
serves to \`npm run edit\` (local backend on the content folder). With it: the one a build writes into dist/admin/.`);
  process.exit(0);
}
const text = cmsConfigYaml({
  backend: values.github
    ? { name: 'github', repo: values.github, branch: values.branch, baseUrl: values['base-url'] }
    : { name: 'local', url: values.local },
});
if (values.out) writeFileSync(values.out, text);
else process.stdout.write(text);
