import type { Locale } from '../../cards/views';
import type { RemovalAsk } from '../../services/licensing/removal-ask';
import { detectLocale } from '../language/detect-locale';
import { parseRequest } from '../language/parse-request';

/**
 * `--users-file`: the people of a bulk removal, beyond what fits in a chat message (2,000
 * characters). Either one user per line (userPrincipalName, mail or object id; blank lines and
 * `#` comments skipped), or CSV with a header row, read from the column named userPrincipalName,
 * upn, mail or email (as the admin center's user export has it). Pure: the caller reads the file.
 */
export type UsersFileResult = { ok: true; users: string[] } | { ok: false; message: string };

/** More than this is refused: one command should not plan a whole tenant by accident. */
export const MAX_USERS_IN_FILE = 5000;

const ADDRESS_HEADERS = ['userprincipalname', 'upn', 'user principal name', 'mail', 'email', 'e-mail'];
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ADDRESS = /^[^\s@,;"]+@[^\s@,;"]+\.[^\s@,;"]+$/;

/** Splits one CSV line (RFC 4180 quoting: `"a,b"`, `""` for a quote). Multi-line fields are not supported. */
function csvFields(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      fields.push(field.trim());
      field = '';
    } else field += c;
  }
  fields.push(field.trim());
  return fields;
}

function isUserKey(value: string): boolean {
  return ADDRESS.test(value) || OBJECT_ID.test(value);
}

export function parseUsersFile(text: string, fileName = 'users file'): UsersFileResult {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('#'));
  const first = lines[0];
  if (!first) return { ok: false, message: `${fileName}: no users in it` };
  const separator = [',', ';', '\t'].find((s) => first.line.includes(s));
  let column = 0;
  let rows = lines;
  if (separator) {
    const header = csvFields(first.line, separator).map((h) => h.toLowerCase());
    const named = header.findIndex((h) => ADDRESS_HEADERS.includes(h));
    if (named >= 0) {
      column = named;
      rows = lines.slice(1);
    } else if (!header.some(isUserKey)) {
      return { ok: false, message: `${fileName}: a CSV needs a userPrincipalName, upn, mail or email column` };
    } else column = header.findIndex(isUserKey);
  }
  const users: string[] = [];
  const seen = new Set<string>();
  for (const { line, number } of rows) {
    const value = separator ? (csvFields(line, separator)[column] ?? '') : line;
    if (!isUserKey(value))
      return {
        ok: false,
        message: `${fileName}, line ${number}: expected a userPrincipalName, mail address or object id, got "${value.slice(0, 80)}"`,
      };
    const key = value.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    users.push(value);
  }
  if (users.length === 0) return { ok: false, message: `${fileName}: no users in it` };
  if (users.length > MAX_USERS_IN_FILE)
    return { ok: false, message: `${fileName}: ${users.length} users, at most ${MAX_USERS_IN_FILE} per command` };
  return { ok: true, users };
}

/**
 * The removal to plan for `run "<request>" --users-file`: the products as `<request>` names them
 * ("remove E3", "ta bort E3 och Visio"), the people from the file. The request is understood by the
 * same parser as chat, completed with the file's first user so it reads as a whole sentence.
 */
export function bulkRemovalAsk(
  text: string,
  users: readonly string[],
): { ok: true; locale: Locale; ask: RemovalAsk } | { ok: false; message: string } {
  const locale = detectLocale(text);
  const sentence = `${text} ${locale === 'sv' ? 'från' : 'from'} ${users[0] ?? ''}`;
  const parsed = parseRequest(sentence, { locale });
  if (!parsed.ok || parsed.request.kind !== 'remove')
    return {
      ok: false,
      message: `with --users-file, "${text.slice(0, 80)}" must name the products to remove, e.g. "remove E3"`,
    };
  return {
    ok: true,
    locale,
    ask: { products: parsed.request.products, people: users.map((user) => ({ kind: 'text', text: user })) },
  };
}
