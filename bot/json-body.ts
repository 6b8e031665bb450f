import restify from 'restify';

/** Bot Framework activities are a few KiB; cards with inputs stay far below this. */
export const MAX_JSON_BODY_BYTES = 256 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/**
 * Refuses what restify's `jsonBodyParser` would let through before it reads a byte: a body that
 * is not JSON (415: restify would skip it, and its full `bodyParser` writes multipart uploads to
 * the temp folder), a compressed body (415: restify counts the compressed bytes, so a small gzip
 * could inflate without bound), and a declared length over the limit (413 without reading it).
 * Chunked bodies have no length: `jsonBodyParser`'s `maxBodySize` bounds those while reading.
 */
function refuseNonJson(maxBytes: number): restify.RequestHandler {
  return (req, res, next) => {
    const refuse = (status: 413 | 415, error: string) => {
      // The body is never read: close the connection rather than leave it to be drained.
      res.setHeader('connection', 'close');
      res.send(status, { error });
      return next(false);
    };
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
    if (!JSON_TYPE.test(type)) return refuse(415, 'expected Content-Type: application/json');
    const encoding = req.headers['content-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity')
      return refuse(415, 'compressed bodies are not accepted');
    const length = Number(req.headers['content-length'] ?? '0');
    if (length > maxBytes) return refuse(413, `body larger than ${maxBytes} bytes`);
    return next();
  };
}

/** The handlers a JSON-only route puts before its own: the guard above, then restify's parser. */
export function jsonBodyOnly(maxBytes = MAX_JSON_BODY_BYTES): restify.RequestHandler[] {
  // @types/restify leaves out `maxBodySize`, which restify passes on to its bodyReader.
  const options = { maxBodySize: maxBytes, mapParams: false } as restify.plugins.JsonBodyParserOptions;
  return [refuseNonJson(maxBytes), ...restify.plugins.jsonBodyParser(options)];
}
