import { afterEach, describe, expect, it, vi } from 'vitest';

/** The start page's starter leaves its request for the data here (scripts/vite-plugins.ts). */
const holder = globalThis as { bundledConferenceResponse?: Promise<Response> };
const files = {
  schedule: { version: 'x', schedule: { conference: { acronym: 'x' } } },
  people: { people: [] },
  places: { places: [] },
  about: { title: 'x' },
};
const response = () => new Response(JSON.stringify(files), { headers: { 'Content-Type': 'application/json' } });

describe('the bundled data on a first visit', () => {
  afterEach(() => {
    delete holder.bundledConferenceResponse;
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('takes the response the start page already requested instead of downloading the data again', async () => {
    const fetch = vi.fn(async () => response());
    vi.stubGlobal('fetch', fetch);
    holder.bundledConferenceResponse = Promise.resolve(response());
    const { bundled } = await import('../../src/state/conference');
    expect((await bundled()).files).toEqual(files);
    expect((await bundled()).files).toEqual(files);
    expect(fetch).not.toHaveBeenCalled();
    expect(holder.bundledConferenceResponse).toBeUndefined();
  });

  it('fetches it itself without an early request, and anew after the early one failed', async () => {
    const fetch = vi.fn(async () => response());
    vi.stubGlobal('fetch', fetch);
    holder.bundledConferenceResponse = Promise.reject(new TypeError('Failed to fetch'));
    const { bundled } = await import('../../src/state/conference');
    await expect(bundled()).rejects.toThrow('Failed to fetch');
    expect((await bundled()).files).toEqual(files);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
