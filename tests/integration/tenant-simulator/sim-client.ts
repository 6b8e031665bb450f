import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningSimulator } from '../../../services/tenant-simulator/server';
import type { TenantFile } from '../../../services/tenant-simulator/tenant-file';

/** A parsed response: status, lower-cased headers and the JSON body. */
export interface Reply {
  status: number;
  headers: Headers;
  /** The parsed JSON, typed as `JSON.parse` types it, so tests can reach into it. */
  body: ReturnType<typeof JSON.parse>;
}

/** Plain fetch against the simulator; `path` is below /v1.0. */
export async function call(
  sim: RunningSimulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const init: RequestInit = {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
  };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await fetch(`${sim.url}/v1.0${path}`, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

export const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900'; // Office 365 E3 (ENTERPRISEPACK)
export const SPE_E5 = '06ebc4ee-1bb5-47dd-8120-11324bc54e06';
export const VISIO = 'c5928f49-12ba-48f7-ada3-0d743a3601d5';

export function minimalTenant(): TenantFile {
  return JSON.parse(readFileSync(join(__dirname, '../../fixtures/tenants/minimal.json'), 'utf8')) as TenantFile;
}

/** A seeded generator (mulberry32) for deterministic shuffles. */
export { mulberry32 as seeded } from '../../support/seeded-random';
