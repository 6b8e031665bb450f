import { ResponseType, type Client, type GraphRequest } from '@microsoft/microsoft-graph-client';
import { GraphError } from './graph-error';
import { graphErrorFromResponse, type GraphOperation } from './map-graph-error';
import { toGraphError } from './middleware/graph-failure';
import type { SendProbe } from './middleware/send-probe';
import { relativeNextLink } from './next-link';
import { ReadCoalescer } from './read-coalescer';

/** A page of a Graph collection. */
interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

/**
 * JSON over the SDK client, with every outcome either parsed JSON or a GraphError.
 * Requests use `ResponseType.RAW` so this one place maps non-2xx responses (the SDK would
 * otherwise throw its own GraphError with Graph's message as `Error.message`).
 */
export class GraphTransport {
  private coalescer: ReadCoalescer | undefined;

  constructor(
    private readonly sdk: Client,
    /** `{baseUrl}/v1.0`, to relativise nextLinks. */
    private readonly apiRoot: string,
  ) {}

  /** From now on, GETs started together go out as one `$batch` (see ReadCoalescer). */
  coalesceReads(): void {
    this.coalescer = new ReadCoalescer({
      direct: (path, headers) => this.sendRaw(this.withHeaders(this.sdk.api(path), headers), (r) => r.get()),
      postBatch: (content) => this.post<unknown>('/$batch', content, 'generic'),
    });
  }

  /** GET `path` (relative to `/v1.0`, query already encoded) and parse the JSON body. */
  async get<T>(path: string, headers?: Record<string, string>): Promise<T> {
    const response = this.coalescer
      ? await this.coalescer.get(path, headers)
      : await this.sendRaw(this.withHeaders(this.sdk.api(path), headers), (r) => r.get());
    return this.json<T>(await this.ok(response, 'generic'));
  }

  /** GET one page of a collection with extra request headers (e.g. `ConsistencyLevel` for `$search`). */
  async getPage<T>(path: string, headers: Record<string, string>): Promise<T[]> {
    const page = await this.get<Page<T>>(path, headers);
    return page.value ?? [];
  }

  /** GET every page of a collection, following `@odata.nextLink`. */
  async getAll<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    for (let next: string | undefined = path; next !== undefined;) {
      const page: Page<T> = await this.get<Page<T>>(next);
      items.push(...(page.value ?? []));
      const link = page['@odata.nextLink'];
      next = link === undefined ? undefined : relativeNextLink(link, this.apiRoot);
    }
    return items;
  }

  /** POST a JSON body and parse the JSON answer. `probe` learns when the request left (see SendProbe). */
  async post<T>(path: string, body: unknown, operation: GraphOperation, probe?: SendProbe): Promise<T> {
    const request = this.sdk.api(path);
    if (probe) request.middlewareOptions([probe]);
    return this.json<T>(await this.send(request, (r) => r.post(body), operation));
  }

  private async send(
    request: GraphRequest,
    call: (r: GraphRequest) => Promise<unknown>,
    operation: GraphOperation,
  ): Promise<Response> {
    return this.ok(await this.sendRaw(request, call), operation);
  }

  /** The response as it came (ok or not); transport failures as GraphError. */
  private async sendRaw(request: GraphRequest, call: (r: GraphRequest) => Promise<unknown>): Promise<Response> {
    let response: unknown;
    try {
      response = await call(request.responseType(ResponseType.RAW));
    } catch (e) {
      throw toGraphError(e);
    }
    if (!(response instanceof Response)) throw new GraphError('graph/unexpected', 0, undefined, undefined, undefined);
    return response;
  }

  private async ok(response: Response, operation: GraphOperation): Promise<Response> {
    if (!response.ok) throw await graphErrorFromResponse(response, operation);
    return response;
  }

  private withHeaders(request: GraphRequest, headers: Record<string, string> | undefined): GraphRequest {
    return headers ? request.headers(headers) : request;
  }

  private async json<T>(response: Response): Promise<T> {
    try {
      return (await response.json()) as T;
    } catch {
      throw new GraphError(
        'graph/unexpected',
        response.status,
        'InvalidJson',
        response.headers.get('request-id') ?? undefined,
        undefined,
      );
    }
  }
}
