import type { Logger } from './logger';

/**
 * Work that continues after a channel has answered (a removal after the click was acknowledged).
 * Jobs are tracked, not fire-and-forget: failures are logged, and `drain()` waits for all of them
 * on shutdown so no removal is cut off half-way by a clean stop.
 */
export class JobRunner {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  run(name: string, job: () => Promise<void>): void {
    const p = job()
      .catch((e: unknown) => this.logger.error({ err: e, job: name }, 'background job failed'))
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }

  get size(): number {
    return this.running.size;
  }

  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
