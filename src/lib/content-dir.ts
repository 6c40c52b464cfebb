// Where editors' files live: content/ unless CONTENT_DIR points tests or benchmarks elsewhere.
export const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/+$/, '');
