/**
 * `npm run bench:intents`: cue words alone vs an NLP.js classifier vs both, on the held-out split
 * of the understanding corpus (the classifier is trained on the train split only). Prints accuracy
 * and how often a message that was not a removal was classified as one (the costly mistake).
 */
import { join } from 'node:path';
import { understand } from '../bot/language/understand/understand';
import type { Understanding } from '../bot/language/understand/understanding';
import { DirectoryIndex } from '../services/directory/directory-index';
import { toDirectoryUser } from '../services/directory/find-person';
import { ProductIndex } from '../services/licensing/catalog/product-index';
import { loadDemoTenant } from '../services/tenant-simulator/demo-tenant';
import { loadTenantFile } from '../services/tenant-simulator/tenant-file';
import { trainNlpjsClassifier, type IntentLabel } from './nlpjs-intent-classifier';
import { loadUnderstandingCorpus, type CorpusEntry } from './understanding-corpus';

const ROOT = join(__dirname, __dirname.includes(`${join('dist', 'bench')}`) ? '../..' : '..');

function labelOf(entry: CorpusEntry): IntentLabel {
  // Every "ask" entry is a removal message that must ask; its intent is still removal.
  return entry.expect.intent === 'ask' ? 'remove' : entry.expect.intent;
}

function cueLabel(u: Understanding): IntentLabel {
  if (u.ok) return u.requests[0]?.kind ?? 'other';
  return u.intent ?? 'other';
}

function indexesFor(tenant: CorpusEntry['tenant']) {
  const file =
    tenant === 'demo'
      ? loadDemoTenant()
      : loadTenantFile(join(ROOT, 'tests/fixtures/tenants/fabrikam-shared-names.json'));
  const people = new DirectoryIndex();
  for (const u of file.users) {
    const entry = toDirectoryUser(u);
    if (entry) people.upsert(entry);
  }
  return { people, products: new ProductIndex(file.subscribedSkus) };
}

interface Tally {
  right: number;
  falseRemovals: number;
}

async function main(): Promise<void> {
  const corpus = loadUnderstandingCorpus(ROOT);
  const train = corpus.filter((e) => e.split === 'train');
  const heldOut = corpus.filter((e) => e.split === 'held-out');
  const indexes = { demo: indexesFor('demo'), fabrikam: indexesFor('fabrikam') };
  const started = Date.now();
  const classifier = await trainNlpjsClassifier(train.map((e) => ({ text: e.text, lang: e.lang, label: labelOf(e) })));
  const trainMs = Date.now() - started;
  const again = await trainNlpjsClassifier(train.map((e) => ({ text: e.text, lang: e.lang, label: labelOf(e) })));

  const tallies: Record<'cues' | 'nlpjs' | 'cues-then-nlpjs', Tally> = {
    cues: { right: 0, falseRemovals: 0 },
    nlpjs: { right: 0, falseRemovals: 0 },
    'cues-then-nlpjs': { right: 0, falseRemovals: 0 },
  };
  let deterministic = true;
  for (const entry of heldOut) {
    const want = labelOf(entry);
    const cue = cueLabel(understand(entry.text, indexes[entry.tenant]));
    const nlp = (await classifier.classify(entry.text, entry.lang)).label;
    if ((await again.classify(entry.text, entry.lang)).label !== nlp) deterministic = false;
    const both = cue === 'other' ? nlp : cue;
    for (const [name, got] of [
      ['cues', cue],
      ['nlpjs', nlp],
      ['cues-then-nlpjs', both],
    ] as const) {
      if (got === want) tallies[name].right++;
      if (got === 'remove' && want !== 'remove') tallies[name].falseRemovals++;
    }
  }
  console.log(
    `held-out: ${heldOut.length} messages; NLP.js trained on ${train.length} in ${trainMs} ms; deterministic: ${deterministic}`,
  );
  for (const [name, t] of Object.entries(tallies)) {
    const pct = ((100 * t.right) / heldOut.length).toFixed(1);
    console.log(
      `${name.padEnd(16)} intent right ${t.right}/${heldOut.length} (${pct} %), non-removals taken as removals: ${t.falseRemovals}`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
