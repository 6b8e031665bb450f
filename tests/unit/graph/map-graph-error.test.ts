import { GraphError } from '../../../services/graph/graph-error';
import {
  classifyAssignLicenseMessage,
  codeForStatus,
  graphErrorFromResponse,
} from '../../../services/graph/map-graph-error';

function graphResponse(status: number, error: object | string, headers: Record<string, string> = {}): Response {
  const body = typeof error === 'string' ? error : JSON.stringify({ error });
  return new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

describe('codeForStatus', () => {
  it.each([
    [401, 'graph/unauthorized'],
    [403, 'graph/forbidden'],
    [404, 'graph/not-found'],
    [429, 'graph/throttled'],
    [503, 'graph/unavailable'],
    [504, 'graph/unavailable'],
    [500, 'graph/unexpected'],
    [400, 'graph/bad-request'],
  ] as const)('maps %i to %s', (status, code) => {
    expect(codeForStatus(status, 'generic', undefined)).toBe(code);
  });
});

describe('classifyAssignLicenseMessage', () => {
  it.each([
    [
      'User license is inherited from a group membership and it cannot be removed directly from the user.',
      'graph/group-inherited',
    ],
    ['User does not have a corresponding license.', 'graph/license-not-assigned'],
    ['License 1234 does not correspond to a valid company License.', 'graph/unknown-sku'],
    ['Subscription 5678 does not have any available licenses.', 'graph/no-free-seats'],
    ['Something else entirely.', 'graph/bad-request'],
    [undefined, 'graph/bad-request'],
  ] as const)('classifies %p', (message, code) => {
    expect(classifyAssignLicenseMessage(message)).toBe(code);
  });

  it('only classifies 400s of assignLicense', () => {
    expect(codeForStatus(400, 'generic', 'User does not have a corresponding license.')).toBe('graph/bad-request');
    expect(codeForStatus(400, 'assignLicense', 'User does not have a corresponding license.')).toBe(
      'graph/license-not-assigned',
    );
  });
});

describe('graphErrorFromResponse', () => {
  const upnMessage = "Resource 'anna.lindberg@contoso.se' does not exist.";

  it('keeps code, status, request id from innerError, and Graph message out of Error.message', async () => {
    const error = await graphErrorFromResponse(
      graphResponse(
        404,
        { code: 'Request_ResourceNotFound', message: upnMessage, innerError: { 'request-id': 'req-1' } },
        { 'request-id': 'hdr-1' },
      ),
      'generic',
    );
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({
      code: 'graph/not-found',
      status: 404,
      graphCode: 'Request_ResourceNotFound',
      requestId: 'req-1',
      graphMessage: upnMessage,
    });
    expect(error.message).not.toContain('anna');
    expect(error.message).toContain('req-1');
  });

  it('falls back to the request-id header', async () => {
    const error = await graphErrorFromResponse(
      graphResponse(403, { code: 'Authorization_RequestDenied', message: 'x' }, { 'request-id': 'hdr-2' }),
      'generic',
    );
    expect(error).toMatchObject({ code: 'graph/forbidden', requestId: 'hdr-2' });
  });

  it('tolerates a non-JSON body', async () => {
    const error = await graphErrorFromResponse(new Response('<html>busy</html>', { status: 503 }), 'generic');
    expect(error).toMatchObject({
      code: 'graph/unavailable',
      status: 503,
      graphCode: undefined,
      graphMessage: undefined,
    });
  });

  it('classifies an assignLicense 400 by message', async () => {
    const error = await graphErrorFromResponse(
      graphResponse(400, {
        code: 'Request_BadRequest',
        message: 'User license is inherited from a group membership and it cannot be removed directly from the user.',
      }),
      'assignLicense',
    );
    expect(error.code).toBe('graph/group-inherited');
  });
});
