// The two parts of decap-cms-core's own modules the CMS (app.ts) uses beyond its public API (docs/cms.md, "What we
// change in Decap"): its Redux store, to see a save end and a save refused, and the action that reloads an entry.
declare module 'decap-cms-core/dist/esm/redux' {
  interface ImmutableValue {
    get(key: string): unknown;
    getIn(path: string[]): unknown;
    isEmpty(): boolean;
    keySeq(): { toArray(): string[] };
  }
  export const store: {
    getState(): { entryDraft: ImmutableValue; collections: ImmutableValue };
    dispatch(action: unknown): unknown;
    subscribe(listener: () => void): () => void;
  };
}
declare module 'decap-cms-core/dist/esm/actions/entries' {
  export function loadEntry(collection: unknown, slug: string): unknown;
}
