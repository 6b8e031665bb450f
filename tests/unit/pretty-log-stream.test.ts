import { PassThrough } from 'node:stream';
import { createLogger } from '../../bot/logger';
import { prettyLine, prettyLogStream } from '../../bot/pretty-log-stream';

describe('pretty log lines', () => {
  test('level, message and fields in one short line; redacted fields stay redacted', () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    const logger = createLogger('info', prettyLogStream(out));
    logger.warn({ url: 'http://127.0.0.1:3978', text: 'remove E3 from Anna' }, 'bot endpoint');
    expect(text).toMatch(/^\d\d:\d\d:\d\d WARN {2}bot endpoint {2}url=http:\/\/127\.0\.0\.1:3978 text=\[redacted\]\n$/);
  });

  test('a line that is not JSON passes through', () => {
    expect(prettyLine('plain words')).toBe('plain words');
  });
});
