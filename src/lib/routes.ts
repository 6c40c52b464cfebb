// Root-relative paths of every page: the one place URLs are spelled (they are part of the contract).
export const paths = {
  home: () => '/',
  reports: () => '/reports/',
  report: (id: string) => `/reports/${id}/`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/${id}/`,
  events: () => '/events/',
  event: (id: string) => `/events/${id}/`,
  entities: () => '/entities/',
  entity: (id: string) => `/entities/${id}/`,
};

/** Prefixes a root-relative path with the deploy base ("/" or a sub-path such as "/jv-story/"). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}
