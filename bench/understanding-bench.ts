/**
 * `npm run bench:understanding`: understanding + name resolution per message with the directory
 * index in memory, at 1,000 and 100,000 generated users; the index's memory; and a check that
 * resolving names makes no Graph call while the index is warm. The 1,000-user run is the
 * baseline the 100,000-user run is compared with (a ratio, measured in the same process).
 * Run with --expose-gc (the npm script does) so heap figures are measured after collection.
 */
import type { User } from '@microsoft/microsoft-graph-types';
import { understand } from '../bot/language/understand/understand';
import type { UnderstandingIndexes } from '../bot/language/understand/indexes';
import { DirectoryIndex } from '../services/directory/directory-index';
import type { DirectoryUser } from '../services/directory/directory-user';
import { findPerson, type FallbackGraph } from '../services/directory/find-person';
import { ProductIndex } from '../services/licensing/catalog/product-index';
import { loadDemoTenant } from '../services/tenant-simulator/demo-tenant';

const GIVEN = (
  'Anna Maria Eva Karin Sara Lena Emma Kerstin Ingrid Marie Malin Jenny Hanna Linda Sofia Annika Elin Ida Julia Lisa ' +
  'Erik Lars Karl Anders Johan Per Nils Mikael Jan Hans Peter Olof Gunnar Sven Fredrik Daniel Bengt Bo Alexander Oskar ' +
  'Åsa Björn Jörgen Göran Östen Ahmed Ali Mohammed Fatima Omar Liam Noah Chloe Olivia Tove Astrid Freja Viggo Hugo'
).split(' ');
const SURNAMES = (
  'Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson ' +
  'Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist Lindgren Berg Axelsson ' +
  'Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg ' +
  'Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson ' +
  'Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson ' +
  'Lundström Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström ' +
  'Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson ' +
  'Hansen Åkesson Dahl Lindholm Norberg Holmqvist Hassan Ali Yilmaz Demir Koskinen Grant Wilson Brown Miller'
).split(' ');

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** N users whose names repeat the way a real directory's do (same first names, same surnames). */
function generateUsers(count: number): DirectoryUser[] {
  const users: DirectoryUser[] = [];
  for (let i = 0; i < count; i++) {
    const given = GIVEN[i % GIVEN.length] ?? 'Anna';
    const surname = SURNAMES[Math.floor(i / GIVEN.length) % SURNAMES.length] ?? 'Berg';
    const round = Math.floor(i / (GIVEN.length * SURNAMES.length));
    // Beyond every given × surname pair, a middle initial keeps display names apart.
    const displayName =
      round === 0 ? `${given} ${surname}` : `${given} ${String.fromCharCode(65 + (round % 26))}. ${surname}`;
    const local = `${ascii(given)}.${ascii(surname)}${round === 0 ? '' : round}`;
    users.push({
      id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      displayName,
      givenName: given,
      surname,
      mail: `${local}@contoso.se`,
      userPrincipalName: `${local}@contoso.se`,
      accountEnabled: true,
    });
  }
  return users;
}

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

/** Messages the way admins write them, naming people who exist at every size. */
const MESSAGES = [
  'ta bort Visio från Bo Andersson',
  'Anna Johansson behöver inte E5:an längre',
  'visiolicensen kan tas bort från Eriksson, Lars',
  'remove Power BI Pro from asa karlsson and erik.nilsson@contoso.se',
  "Karin Larsson doesn't need Visio any more, she moved to another team",
  'ta bort Office 365 E3 från Nils Olsson, han har fått Microsoft 365 E3 nu',
  'remove E3 from Anna Johansson and Visio from Bo Andersson',
  'unassing Visio from Hugo Persson on Friday',
  'vem har E5 nu?',
  'vilka licenser har Sara Svensson?',
  'ta bort Visio från Ana Johanson',
  'remove Visio from Anna',
];

interface SizeResult {
  users: number;
  indexBytes: number;
  buildMs: number;
  perMessageUs: number;
  graphCalls: number;
}

function countingGraph(): { graph: FallbackGraph; calls: () => number } {
  let calls = 0;
  const none = (): Promise<User[]> => {
    calls++;
    return Promise.resolve([]);
  };
  return { graph: { findUsersByPrefix: none, findUsersByAddress: none }, calls: () => calls };
}

async function runSize(count: number, products: ProductIndex): Promise<SizeResult> {
  const users = generateUsers(count);
  const before = heapUsed();
  const started = performance.now();
  const index = new DirectoryIndex();
  for (const user of users) index.upsert(user);
  const buildMs = performance.now() - started;
  const indexBytes = heapUsed() - before;
  const indexes: UnderstandingIndexes = { people: index, products };
  const { graph, calls } = countingGraph();

  // Warm-up, then timed rounds: understand the message, then resolve each person it names the
  // way the planner does (index first, Graph only when the index has no exact match).
  const rounds = 200;
  let total = 0;
  for (let round = -20; round < rounds; round++) {
    for (const text of MESSAGES) {
      const t0 = performance.now();
      const u = understand(text, indexes);
      if (u.ok) {
        for (const request of u.requests) {
          const people =
            request.kind === 'remove' ? request.people : request.kind === 'list-user-licenses' ? [request.person] : [];
          for (const person of people) if (!person.unknown && !person.self) await findPerson(index, graph, person.text);
        }
      }
      if (round >= 0) total += performance.now() - t0;
    }
  }
  return {
    users: count,
    indexBytes,
    buildMs,
    perMessageUs: (1000 * total) / (rounds * MESSAGES.length),
    graphCalls: calls(),
  };
}

async function main(): Promise<void> {
  const products = new ProductIndex(loadDemoTenant().subscribedSkus);
  if (!(globalThis as { gc?: unknown }).gc) console.log('(run with node --expose-gc for exact heap figures)');
  console.log('understanding bench: understand() + resolving the named people against the directory index');
  console.log(
    `  ${MESSAGES.length} messages (sv + en, context clauses, two removals, a typo, an ambiguous name), 200 rounds each after warm-up`,
  );
  console.log('');
  const results: SizeResult[] = [];
  for (const size of [1_000, 100_000]) results.push(await runSize(size, products));
  console.log('users    | index heap | per user | build   | per message | Graph calls (warm)');
  for (const r of results) {
    console.log(
      `${r.users.toLocaleString('en-US').padEnd(8)} | ${(r.indexBytes / 1048576).toFixed(1).padStart(7)} MB | ${String(Math.round(r.indexBytes / r.users)).padStart(5)} B | ${Math.round(r.buildMs).toString().padStart(4)} ms | ${r.perMessageUs.toFixed(0).padStart(7)} µs  | ${r.graphCalls}`,
    );
  }
  const [small, large] = results;
  if (small && large)
    console.log(
      `\n100,000 vs 1,000 users: ${(large.perMessageUs / small.perMessageUs).toFixed(2)}× the time per message`,
    );
  if (results.some((r) => r.graphCalls > 0)) {
    console.log('FAILED: a warm index still asked Graph');
    process.exit(1);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
