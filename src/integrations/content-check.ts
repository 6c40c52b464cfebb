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
          throw new Error(`Content check failed (run "npm run check" to see this without building):\n${report}`);
        }
        logger.warn(`\n${report}`);
      },
    },
  };
}
