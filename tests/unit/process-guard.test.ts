import { Writable } from 'node:stream';
import { createLogger } from '../../bot/logger';
import { installProcessGuard } from '../../bot/process-guard';

describe('installProcessGuard', () => {
  test('logs unhandled rejections and uncaught exceptions instead of ending the process, until removed', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const before = { r: process.listenerCount('unhandledRejection'), e: process.listenerCount('uncaughtException') };
    const remove = installProcessGuard(createLogger('error', sink));
    try {
      process.emit('unhandledRejection', new Error('late failure'), Promise.resolve());
      (process.emit as (event: string, ...args: unknown[]) => boolean)(
        'uncaughtException',
        new Error('thrown in a callback'),
        'uncaughtException',
      );
    } finally {
      remove();
    }
    expect(lines.join('')).toMatch(
      /unhandled promise rejection[\s\S]*late failure|late failure[\s\S]*unhandled promise rejection/,
    );
    expect(lines.join('')).toContain('thrown in a callback');
    expect(process.listenerCount('unhandledRejection')).toBe(before.r);
    expect(process.listenerCount('uncaughtException')).toBe(before.e);
  });
});
