import { assertFieldName, buildQuerySpec } from '../../../services/store/document-query';

describe('buildQuerySpec', () => {
  it('scopes to the tenant and passes every value as a parameter', () => {
    expect(buildQuerySpec('t1', { status: 'open', rank: 3, pinned: false }, 'createdAt')).toEqual({
      query:
        'SELECT * FROM c WHERE c["tenantId"] = @tenantId AND c["status"] = @p0 AND c["rank"] = @p1 AND c["pinned"] = @p2 ORDER BY c["createdAt"] ASC',
      parameters: [
        { name: '@tenantId', value: 't1' },
        { name: '@p0', value: 'open' },
        { name: '@p1', value: 3 },
        { name: '@p2', value: false },
      ],
    });
  });

  it('skips undefined values and omits ORDER BY when not asked', () => {
    expect(buildQuerySpec('t1', { status: undefined })).toEqual({
      query: 'SELECT * FROM c WHERE c["tenantId"] = @tenantId',
      parameters: [{ name: '@tenantId', value: 't1' }],
    });
  });

  it('never puts a value into the query text', () => {
    const hostile = `x" OR 1=1 --`;
    expect(buildQuerySpec(hostile, { title: hostile }).query).not.toContain(hostile);
  });

  it.each(['a b', 'a"]', 'x.y', '1abc', '', 'status = @p0 OR 1=1', 'rank DESC'])(
    'rejects the field name %j',
    (name) => {
      expect(() => assertFieldName(name)).toThrow(TypeError);
      expect(() => buildQuerySpec('t1', { [name]: 'v' })).toThrow(TypeError);
      expect(() => buildQuerySpec('t1', {}, name)).toThrow(TypeError);
    },
  );

  it.each(['id', '_private', 'value', 'order', 'camelCase2'])('accepts the identifier %j', (name) => {
    expect(() => assertFieldName(name)).not.toThrow();
  });
});
