import { parseBatchResponse } from '../../../services/graph/batch-response';
import { buildBatchContent } from '../../../services/graph/license-batch';
import { relativeNextLink } from '../../../services/graph/next-link';

const change = (userId: string) => ({ userId, addLicenses: [], removeLicenses: ['sku-1'] });

describe('buildBatchContent', () => {
  it('writes sub-request URLs relative to the API version (SDK 3.0.7 stripping pinned)', async () => {
    const content = await buildBatchContent(
      [
        { index: 0, change: change('u-1') },
        { index: 7, change: change('a/b') },
      ],
      'http://127.0.0.1:5555',
    );
    expect(content.requests).toEqual([
      {
        id: '0',
        method: 'POST',
        url: '/users/u-1/assignLicense',
        headers: { 'content-type': 'application/json' },
        body: { addLicenses: [], removeLicenses: ['sku-1'] },
      },
      {
        id: '7',
        method: 'POST',
        url: '/users/a%2Fb/assignLicense',
        headers: { 'content-type': 'application/json' },
        body: { addLicenses: [], removeLicenses: ['sku-1'] },
      },
    ]);
  });

  it('strips an https Graph host the same way', async () => {
    const content = await buildBatchContent([{ index: 0, change: change('u') }], 'https://graph.microsoft.com');
    expect(content.requests[0]?.url).toBe('/users/u/assignLicense');
  });

  it('refuses more than 20 requests (SDK limit check)', async () => {
    const items = Array.from({ length: 21 }, (_, index) => ({ index, change: change(`u${index}`) }));
    await expect(buildBatchContent(items, 'http://x')).rejects.toThrow();
  });
});

describe('parseBatchResponse', () => {
  it('matches sub-responses by id and reads object bodies whatever the content-type spelling', async () => {
    const content = parseBatchResponse({
      responses: [
        {
          id: '2',
          status: 429,
          headers: { 'retry-after': 1, 'content-type': 'application/json' },
          body: { error: { code: 'TooManyRequests', message: 'x' } },
        },
        { id: '1', status: 200, headers: {}, body: { id: 'u-1' } },
        { id: '3', status: 204 },
      ],
    });
    const ok = content.getResponseById('1');
    expect(ok?.status).toBe(200);
    expect(await ok?.json()).toEqual({ id: 'u-1' });
    const throttled = content.getResponseById('2');
    expect(throttled?.headers.get('Retry-After')).toBe('1');
    expect(await throttled?.json()).toEqual({ error: { code: 'TooManyRequests', message: 'x' } });
    expect(content.getResponseById('3')?.status).toBe(204);
    expect(content.getResponseById('4')).toBeUndefined();
  });

  it('treats a malformed answer as having no sub-responses', () => {
    expect(parseBatchResponse({ nope: true }).getResponses().size).toBe(0);
  });
});

describe('relativeNextLink', () => {
  it('relativises links under our API root, for http and https', () => {
    expect(relativeNextLink('http://127.0.0.1:5555/v1.0/users?$skiptoken=abc', 'http://127.0.0.1:5555/v1.0')).toBe(
      '/users?$skiptoken=abc',
    );
    expect(
      relativeNextLink('https://graph.microsoft.com/v1.0/users?$skiptoken=X%3D', 'https://graph.microsoft.com/v1.0'),
    ).toBe('/users?$skiptoken=X%3D');
  });

  it('refuses a link to another host (it would receive our token)', () => {
    expect(() => relativeNextLink('https://evil.example/v1.0/users', 'https://graph.microsoft.com/v1.0')).toThrow(
      expect.objectContaining({ code: 'graph/unexpected' }),
    );
  });
});
