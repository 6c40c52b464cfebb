interface ImportMetaEnv {
  /** True under `astro dev` only: set by src/integrations/draft-visibility.ts. */
  readonly SHOW_DRAFTS: boolean;
}
