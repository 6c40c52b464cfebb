// Astro integration: runs the content checker before every build (failing it) and dev server (warning).
import type { AstroIntegration } from 'astro';
import { checkContent } from '../checker/check-content';
import { formatReport, hasErrors } from '../checker/format';

export default function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const problems = await checkContent(contentDir, { scanMarkup: false });
        logger.info(`checked content in ${Math.round(performance.now() - started)} ms`);
        if (problems.length === 0) return;
        const report = formatReport(problems);
        if (command === 'build' && hasErrors(problems)) {
          // Anything thrown from a hook is printed by Astro 7 as "An unhandled error occurred while running the
          // astro:config:setup hook", with a stack trace around our messages (astro/dist/integrations/hooks.js):
          // an editor's mistake is not a crash, so print the report alone and stop the build here.
          logger.error(`Content check failed (run "npm run check" to see this without building):\n${report}`);
          process.exit(1);
        }
        logger.warn(`\n${report}`);
      },
    },
  };
}
