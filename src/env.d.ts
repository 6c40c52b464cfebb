interface ImportMetaEnv {
  /** True under `astro dev` only (drafts shown, no search index): set by src/integrations/editor-preview.ts. */
  readonly EDITOR_PREVIEW: boolean;
}
