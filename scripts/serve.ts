// `npm start`: serves the built site (dist/ or the folder given) as a static host would, until Ctrl-C.
//   node --import tsx scripts/serve.ts [folder] [--port 4321]  (not `tsx …`: its wrapper process would outlive npm)
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
// npm passes a stop signal only to the shell running the script, which dies without passing it on: when the
// shell is gone this process has a new parent, and stops too, so stopping npm never leaves a server behind.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stop();
}, 500).unref();
