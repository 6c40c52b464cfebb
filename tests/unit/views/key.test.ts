// A page's cache key is its view's hash (src/lib/views/key.ts): it moves with anything the view holds and with
// the settings every page shares, and it refuses what JSON would hash as nothing (a node, a Map, a function).
import { describe, expect, it } from 'vitest';
import { sharedView, viewKeys } from '../../../src/lib/views/key';

const view = { headline: 'Ford weighs joint ventures', outlet: { name: 'Drive', probable: true }, items: [1, 2] };

describe('view keys', () => {
  const key = viewKeys({ site: { name: 'JV Watch' } });

  it('is the same for equal views, built apart', () => {
    expect(key(view)).toBe(key(structuredClone(view)));
  });

  it('moves with any field, however deep', () => {
    expect(key({ ...view, headline: 'Ford weighs joint ventures, edited' })).not.toBe(key(view));
    expect(key({ ...view, outlet: { ...view.outlet, probable: false } })).not.toBe(key(view));
    expect(key({ ...view, items: [1, 2, 3] })).not.toBe(key(view));
  });

  it('moves with the settings every page shares', () => {
    expect(viewKeys({ site: { name: 'JV Watch 2' } })(view)).not.toBe(key(view));
  });

  it('refuses views that are not plain data', () => {
    expect(() => key({ ...view, seen: new Set(['a']) })).toThrow(/not plain data/);
    expect(() => key({ ...view, byId: new Map() })).toThrow(/not plain data/);
    expect(() => key({ ...view, render: () => 'x' })).toThrow(/not plain data/);
    const cyclic: Record<string, unknown> = { ...view };
    cyclic.self = cyclic;
    expect(() => key(cyclic)).toThrow(/circular/i);
  });
});

describe('shared views in keys', () => {
  const key = viewKeys({ site: { name: 'JV Watch' } });

  it('hash a shared card the same as an equal card written out, and move when it differs', () => {
    const card = sharedView({ headline: 'Shared', outlet: { name: 'Drive', probable: true } });
    const page = (c: object) => ({ title: 'Page', cards: [c] });
    expect(key(page(card))).toBe(key(page(card)));
    const other = sharedView({ headline: 'Shared, edited', outlet: { name: 'Drive', probable: true } });
    expect(key(page(other))).not.toBe(key(page(card)));
    const unprobable = sharedView({ headline: 'Shared', outlet: { name: 'Drive', probable: false } });
    expect(key(page(unprobable))).not.toBe(key(page(card)));
  });

  it('leave undefined fields out, as JSON does', () => {
    expect(key({ ...view, mark: undefined })).toBe(key(view));
  });

  it('refuse a class instance (a graph node, a URL)', () => {
    expect(() => key({ ...view, site: new URL('https://example.test/') })).toThrow(/not plain data/);
  });
});
