// `npm start`: serves the built site (dist/ or the folder given) as a static host would, until Ctrl-C.
//   tsx scripts/serve.ts [folder] [--port 4321]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serveStatic } from './static-server';

const { values, positionals } = parseArgs({
  options: { port: { type: 'string', default: '4321' } },
  allowPositionals: true,
});
const root = positionals[0] ?? 'dist';
if (!existsSync(root)) {
  console.error(`serve: ${root}/ does not exist — run "npm run build" first`);
  process.exit(2);
}
const server = await serveStatic(root, Number(values.port));
console.log(`Serving ${root}/ at ${server.url} — Ctrl-C to stop`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
