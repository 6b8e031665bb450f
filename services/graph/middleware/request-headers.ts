import type { Context } from '@microsoft/microsoft-graph-client';

/**
 * Sets a header on the request a middleware is about to send. The SDK's own helper
 * (`MiddlewareUtil.setRequestHeader`) is not exported from the package root, so this is the
 * same logic for the shapes FetchOptions.headers can take.
 */
export function setRequestHeader(context: Context, name: string, value: string): void {
  const options = (context.options ??= {});
  const headers = options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else if (Array.isArray(headers))
    options.headers = [...headers.filter(([key]) => key.toLowerCase() !== name.toLowerCase()), [name, value]];
  else options.headers = { ...headers, [name]: value };
}

/** The request's HTTP method, upper-case (GET when unspecified, as fetch does). */
export function requestMethod(context: Context): string {
  const method = context.options?.method ?? (context.request instanceof Request ? context.request.method : 'GET');
  return method.toUpperCase();
}
