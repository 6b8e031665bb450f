import { SELF_TEXT } from '../build-request';
import type { ParsedRequest, PersonRef, ProductRef } from '../parsed-request';
import type { UnderstoodPerson, UnderstoodProduct, UnderstoodRequest } from './understanding';

/*
 * Understood requests in the shape the planner and the question use cases take (`ParsedRequest`):
 * what the indexes settled is passed as an identity (a person) or a skuId (a product), so the
 * planner does not search for it again; what they did not settle goes as the text to ask about.
 */

/** A person: the mention or the only exact candidate as an identity; the requester as "me"; else the text. */
export function toPersonRef(person: UnderstoodPerson): PersonRef {
  if (person.self) return { kind: 'text', text: SELF_TEXT };
  if (person.mention)
    return { kind: 'identity', userId: person.mention.userId, displayName: person.mention.displayName };
  const [only, ...others] = person.candidates;
  if (only && others.length === 0 && !person.unknown)
    return { kind: 'identity', userId: only.user.id, displayName: only.user.displayName ?? person.text };
  return { kind: 'text', text: person.text };
}

/** A product: its skuId when it is one SKU of the tenant; the matched name ("e3") or the text otherwise. */
export function toProductRef(product: UnderstoodProduct): ProductRef {
  const [only, ...others] = product.skuIds;
  if (only && others.length === 0) return { text: only };
  return { text: product.key ?? product.text };
}

export function toParsedRequest(request: UnderstoodRequest): ParsedRequest {
  switch (request.kind) {
    case 'remove':
      return {
        kind: 'remove',
        products: request.products === 'all' ? 'all' : request.products.map(toProductRef),
        people: request.people.map(toPersonRef),
      };
    case 'list-user-licenses':
      return { kind: 'list-user-licenses', person: toPersonRef(request.person) };
    case 'who-has':
      return { kind: 'who-has', product: toProductRef(request.product) };
    case 'free-seats':
      return request.product ? { kind: 'free-seats', product: toProductRef(request.product) } : { kind: 'free-seats' };
    case 'help':
      return { kind: 'help' };
  }
}
