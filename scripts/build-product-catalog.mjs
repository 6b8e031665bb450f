#!/usr/bin/env node
// Builds services/licensing/catalog/product-catalog.json from Microsoft's published
// "Product names and service plan identifiers for licensing" CSV.
//
//   node scripts/build-product-catalog.mjs [csvPath] [outPath]
//
// Default csvPath: ../shared/data/ms-licensing-catalog.csv relative to the repo root; default
// outPath: the committed catalog (tests pass a temporary one).
// The CSV is UTF-8 with a BOM and CRLF line ends, has quoted fields, stray and non-breaking
// spaces, duplicate plan rows within a product, and one String_Id (MCOPSTN5) with two GUIDs.
// So products are keyed on GUID (= Graph skuId), every field is trimmed with its whitespace
// collapsed, plans are de-duplicated per product on their id, and each plan id gets one name.
// Output: one product per line, so a rerun gives a readable diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const csvPath = resolve(repoRoot, process.argv[2] ?? '../shared/data/ms-licensing-catalog.csv');
const outPath = resolve(repoRoot, process.argv[3] ?? 'services/licensing/catalog/product-catalog.json');

const REQUIRED_COLUMNS = [
  'Product_Display_Name',
  'String_Id',
  'GUID',
  'Service_Plan_Name',
  'Service_Plan_Id',
  'Service_Plans_Included_Friendly_Names',
];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** RFC 4180 parser: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** Non-breaking spaces, tabs and runs of spaces become one space; ends trimmed. */
function clean(value) {
  return value.replace(/[\s\u00a0\u2007\u202f\ufeff]+/g, ' ').trim();
}

function build(csvText) {
  const [header, ...records] = parseCsv(csvText.replace(/^\ufeff/, ''));
  if (!header) throw new Error('empty CSV');
  const columns = header.map(clean);
  const index = Object.fromEntries(REQUIRED_COLUMNS.map((name) => [name, columns.indexOf(name)]));
  const missing = REQUIRED_COLUMNS.filter((name) => index[name] < 0);
  if (missing.length > 0) throw new Error(`CSV lacks columns: ${missing.join(', ')}`);

  const products = new Map();
  const problems = [];
  records.forEach((record, i) => {
    const get = (name) => clean(record[index[name]] ?? '');
    const skuId = get('GUID').toLowerCase();
    const planId = get('Service_Plan_Id').toLowerCase();
    if (!GUID.test(skuId) || !GUID.test(planId)) {
      problems.push(`row ${i + 2}: bad GUID`);
      return;
    }
    let product = products.get(skuId);
    if (!product) {
      product = {
        skuId,
        skuPartNumber: get('String_Id'),
        displayName: get('Product_Display_Name'),
        servicePlans: [],
      };
      products.set(skuId, product);
    }
    if (!product.servicePlans.some((p) => p.id === planId)) {
      product.servicePlans.push({
        id: planId,
        name: get('Service_Plan_Name'),
        friendlyName: get('Service_Plans_Included_Friendly_Names'),
      });
    }
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  // A few rows misspell a plan's name (e.g. "RMS_S_ENTERPRISE)"); Graph reports one name per plan
  // id, so every plan takes the name most rows give it (ties: the first seen).
  const votes = new Map();
  for (const product of products.values()) {
    for (const plan of product.servicePlans) {
      const counts = votes.get(plan.id) ?? new Map();
      counts.set(plan.name, (counts.get(plan.name) ?? 0) + 1);
      votes.set(plan.id, counts);
    }
  }
  const canonical = new Map(
    [...votes].map(([id, counts]) => [id, [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0]]),
  );
  for (const product of products.values()) {
    for (const plan of product.servicePlans) plan.name = canonical.get(plan.id) ?? plan.name;
  }
  return [...products.values()].sort((a, b) => a.skuPartNumber.localeCompare(b.skuPartNumber, 'en'));
}

function serialise(products) {
  const lines = products.map((p) => `    ${JSON.stringify(p.skuId)}: ${JSON.stringify(p)}`);
  return `{\n  "source": "Microsoft: Product names and service plan identifiers for licensing (CSV)",\n  "products": {\n${lines.join(',\n')}\n  }\n}\n`;
}

const products = build(readFileSync(csvPath, 'utf8'));
writeFileSync(outPath, serialise(products));
const plans = products.reduce((n, p) => n + p.servicePlans.length, 0);
process.stdout.write(`wrote ${products.length} products (${plans} product plans) to ${outPath}\n`);
