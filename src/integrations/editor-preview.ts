// Astro integration: marks `astro dev` as the editors' preview (drafts shown, search explained), whatever NODE_ENV says.
import type { AstroIntegration } from 'astro';

export default function editorPreview(): AstroIntegration {
  return {
    name: 'editor-preview',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.EDITOR_PREVIEW': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
