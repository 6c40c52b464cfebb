// Where editors' files live: content/ unless CONTENT_DIR points tests or benchmarks elsewhere. The one place that
// reads CONTENT_DIR (scripts/generate-content.ts reads it too, on purpose with no default: it never writes content/).
export const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/+$/, '');
