// Astro integration: drafts show under `astro dev` only, whatever NODE_ENV says (Vite's DEV follows it).
import type { AstroIntegration } from 'astro';

export default function draftVisibility(): AstroIntegration {
  return {
    name: 'draft-visibility',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
