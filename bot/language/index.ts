/** The language layer's public surface: parse chat text into a typed request. */
export { detectLocale } from './detect-locale';
export { MAX_TEXT_LENGTH, parseRequest } from './parse-request';
export type {
  Locale,
  Mention,
  ParsedRequest,
  ParseOptions,
  ParseProblem,
  ParseProblemCode,
  ParseResult,
  PersonRef,
  ProductRef,
} from './parsed-request';
