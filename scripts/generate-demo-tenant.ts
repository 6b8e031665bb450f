// Generates services/tenant-simulator/demo-tenant.json: the fictional Swedish company Contoso AB,
// 42 users. A development tool, kept out of the production tree (dist/ never holds it).
// Run: npx tsc -p scripts/tsconfig.json && node dist/scripts/scripts/generate-demo-tenant.js
// The output is validated with parseTenantFile before it is written. SKU ids, names and service
// plans come from the bot's product catalog (services/licensing/catalog/product-catalog.json,
// Microsoft's "Product names and service plan identifiers for licensing" table), so they are
// real and cannot drift from what the bot knows. Object ids are stable fake GUIDs.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { findCatalogProductByPartNumber } from '../services/licensing/catalog/product-catalog';
import { DEMO_TENANT_PATH } from '../services/tenant-simulator/demo-tenant';
import { parseTenantFile, type TenantFile } from '../services/tenant-simulator/tenant-file';

/** What the generator needs of a product: from Microsoft's table, as the bot's catalog has it. */
interface CatalogSku {
  skuId: string;
  name: string;
  plans: [servicePlanName: string, servicePlanId: string][];
}

/** A stable GUID (version-4 layout) derived from a seed, so regenerating gives the same ids. */
function guid(seed: string): string {
  const h = createHash('sha1').update(`contoso-ab-demo:${seed}`).digest('hex');
  const variant = (8 + (parseInt(h.charAt(16), 16) & 3)).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const TENANT_ID = guid('tenant');
const DOMAIN = 'contoso.se';
const ASSIGNED_AT = '2024-09-02T07:30:00Z';
/**
 * The day the demo's sign-in activity is relative to. The file is static, so as real time passes
 * everyone drifts towards "inactive": tests pin their clock to this date; regenerate for a fresh demo.
 */
const ACTIVITY_AS_OF = Date.parse('2026-12-01T08:00:00Z');

/** Prepaid seats per SKU. SPE_E5 is deliberately full (no free seats). */
const SEATS: Record<string, number> = {
  ENTERPRISEPACK: 30,
  SPE_E3: 10,
  SPE_E5: 3,
  SPB: 5,
  VISIOCLIENT: 5,
  POWER_BI_PRO: 6, // 5 bought by the company + 1 self-service purchase by Liam O'Brien
  PROJECTPROFESSIONAL: 5,
  Microsoft_Teams_Premium: 5,
};

interface PersonOptions {
  accountEnabled?: boolean;
  /**
   * Days before ACTIVITY_AS_OF of the last interactive sign-in (default: within the last week);
   * `null` = never signed in. `nonInteractiveDays` for a later background sign-in (a phone's mail app).
   */
  lastSignInDays?: number | null;
  nonInteractiveDays?: number;
  /** Service plan names disabled in a direct assignment, by part number. */
  disabled?: Record<string, string[]>;
}

type Person = [
  given: string,
  surname: string,
  jobTitle: string,
  department: string,
  lang: string,
  manager: string | null,
  direct: string[],
  opts?: PersonOptions,
];

const PEOPLE: Person[] = [
  ['Magnus', 'Wikström', 'VD', 'Ledning', 'sv-SE', null, ['SPE_E5']],
  ['Eva', 'Sjögren', 'Kontorschef', 'Ledning', 'sv-SE', 'Magnus Wikström', ['SPB']],
  ['Erik', 'Sjöberg', 'IT-chef', 'IT', 'sv-SE', 'Magnus Wikström', ['SPE_E5']],
  ['Maria', 'Nilsson', 'Licensadministratör', 'IT', 'sv-SE', 'Erik Sjöberg', ['SPE_E3']],
  ['Johan', 'Andersson', 'IT-tekniker', 'IT', 'sv-SE', 'Erik Sjöberg', ['SPE_E3']],
  ['Tom', 'Wilson', 'External Consultant', 'IT', 'en-GB', 'Erik Sjöberg', [], { lastSignInDays: null }],
  // License Administrator through the role-assignable group below (not assigned the role directly).
  ['Linnea', 'Dahl', 'IT-supporttekniker', 'IT', 'sv-SE', 'Erik Sjöberg', []],
  // License Administrator only within the administrative unit "Sälj" (see ADMINISTRATIVE_UNITS).
  ['Petra', 'Sandell', 'IT-samordnare sälj', 'IT', 'sv-SE', 'Erik Sjöberg', []],
  ['Karin', 'Holm', 'Ekonomichef', 'Ekonomi', 'sv-SE', 'Magnus Wikström', ['ENTERPRISEPACK']],
  ['Bo', 'Ek', 'Redovisningsekonom', 'Ekonomi', 'sv-SE', 'Karin Holm', ['ENTERPRISEPACK']],
  ['Ahmed', 'Hassan', 'Controller', 'Ekonomi', 'sv-SE', 'Karin Holm', ['SPE_E5', 'ENTERPRISEPACK']],
  ['Sara', 'Lind', 'Lönespecialist', 'Ekonomi', 'sv-SE', 'Karin Holm', ['SPE_E3']],
  ['Emma', 'Johansson', 'Ekonomiassistent', 'Ekonomi', 'sv-SE', 'Karin Holm', ['ENTERPRISEPACK']],
  [
    'Liam',
    "O'Brien",
    'Financial Analyst',
    'Ekonomi',
    'en-GB',
    'Karin Holm',
    ['ENTERPRISEPACK', 'POWER_BI_PRO'],
    { lastSignInDays: 95, nonInteractiveDays: 94 },
  ],
  [
    'Sofia',
    'Karlsson',
    'Försäljningschef',
    'Sälj',
    'sv-SE',
    'Magnus Wikström',
    ['ENTERPRISEPACK', 'Microsoft_Teams_Premium'],
  ],
  ['Anna', 'Berg', 'Säljare', 'Sälj', 'sv-SE', 'Sofia Karlsson', []],
  [
    'Oskar',
    'Lund',
    'Key Account Manager',
    'Sälj',
    'sv-SE',
    'Sofia Karlsson',
    ['POWER_BI_PRO'],
    { lastSignInDays: 120 },
  ],
  ['Mikael', 'Persson', 'Säljare', 'Sälj', 'sv-SE', 'Sofia Karlsson', []],
  ['Elin', 'Forsberg', 'Innesäljare', 'Sälj', 'sv-SE', 'Sofia Karlsson', []],
  [
    'Lars',
    'Gustafsson',
    'Säljare',
    'Sälj',
    'sv-SE',
    'Sofia Karlsson',
    ['ENTERPRISEPACK', 'POWER_BI_PRO'],
    // The leaver: disabled in September, licenses still assigned.
    { accountEnabled: false, lastSignInDays: 75 },
  ],
  [
    'Peter',
    'Nyström',
    'Marknadschef',
    'Marknad',
    'sv-SE',
    'Magnus Wikström',
    ['ENTERPRISEPACK', 'Microsoft_Teams_Premium'],
  ],
  ['Anna', 'Lindberg', 'Marknadskoordinator', 'Marknad', 'sv-SE', 'Peter Nyström', ['ENTERPRISEPACK', 'POWER_BI_PRO']],
  // Overlap: Office 365 E3 given directly on top of Microsoft 365 E3, which covers all of its plans.
  ['Lina', 'Ekström', 'Kommunikatör', 'Marknad', 'sv-SE', 'Peter Nyström', ['SPE_E3', 'ENTERPRISEPACK']],
  [
    'Jessica',
    'Brown',
    'Content Manager',
    'Marknad',
    'en-US',
    'Peter Nyström',
    ['ENTERPRISEPACK'],
    { disabled: { ENTERPRISEPACK: ['YAMMER_ENTERPRISE'] }, lastSignInDays: 200 },
  ],
  ['Julia', 'Engström', 'Grafisk formgivare', 'Marknad', 'sv-SE', 'Peter Nyström', ['ENTERPRISEPACK']],
  ['Johanna', 'Lund', 'Eventansvarig', 'Marknad', 'sv-SE', 'Peter Nyström', ['ENTERPRISEPACK']],
  ['Helena', 'Sundberg', 'HR-chef', 'HR', 'sv-SE', 'Magnus Wikström', ['ENTERPRISEPACK']],
  ['Fredrik', 'Olsson', 'HR-partner', 'HR', 'sv-SE', 'Helena Sundberg', ['ENTERPRISEPACK']],
  ['Camilla', 'Öberg', 'Rekryterare', 'HR', 'sv-SE', 'Helena Sundberg', ['SPB']],
  [
    'David',
    'Miller',
    'Head of Engineering',
    'Utveckling',
    'en-US',
    'Magnus Wikström',
    ['SPE_E3', 'PROJECTPROFESSIONAL', 'VISIOCLIENT'],
  ],
  ['Alexander', 'Holmberg', 'UX-designer', 'Utveckling', 'sv-SE', 'David Miller', ['SPE_E3', 'VISIOCLIENT']],
  ['Gustav', 'Berglund', 'Systemutvecklare', 'Utveckling', 'sv-SE', 'David Miller', ['SPE_E3'], { lastSignInDays: 40 }],
  ['Ida', 'Hedlund', 'Systemutvecklare', 'Utveckling', 'sv-SE', 'David Miller', ['SPE_E3']],
  // Signs in interactively rarely, but his phone's mail app does daily: not inactive.
  [
    'Viktor',
    'Lindqvist',
    'Testare',
    'Utveckling',
    'sv-SE',
    'David Miller',
    ['SPB'],
    { lastSignInDays: 100, nonInteractiveDays: 1 },
  ],
  ['Nora', 'Ahmadi', 'DevOps-ingenjör', 'Utveckling', 'sv-SE', 'David Miller', ['SPE_E3', 'PROJECTPROFESSIONAL']],
  [
    'Tobias',
    'Strand',
    'Projektledare',
    'Utveckling',
    'sv-SE',
    'David Miller',
    ['ENTERPRISEPACK', 'PROJECTPROFESSIONAL'],
    { lastSignInDays: 140 },
  ],
  ['Klara', 'Sandberg', 'Systemutvecklare', 'Utveckling', 'sv-SE', 'David Miller', ['SPB']],
  ['Hanna', 'Björk', 'Kundtjänstchef', 'Kundtjänst', 'sv-SE', 'Magnus Wikström', ['ENTERPRISEPACK']],
  ['Robert', 'Lindgren', 'Kundtjänstmedarbetare', 'Kundtjänst', 'sv-SE', 'Hanna Björk', ['ENTERPRISEPACK']],
  ['Maja', 'Axelsson', 'Kundtjänstmedarbetare', 'Kundtjänst', 'sv-SE', 'Hanna Björk', ['ENTERPRISEPACK']],
  // A new starter, not licensed yet; with Lina's overlap, Office 365 E3 stays at 24 of 30 seats used.
  ['Ali', 'Yilmaz', 'Kundtjänstmedarbetare', 'Kundtjänst', 'sv-SE', 'Hanna Björk', []],
  ['Annika', 'Ström', 'Kundtjänstmedarbetare', 'Kundtjänst', 'sv-SE', 'Hanna Björk', ['ENTERPRISEPACK']],
];

const GROUPS: [displayName: string, mailNickname: string, part: string, members: string[]][] = [
  [
    'Säljavdelningen – licenser',
    'saljavdelningen-licenser',
    'ENTERPRISEPACK',
    ['Sofia Karlsson', 'Anna Berg', 'Oskar Lund', 'Mikael Persson', 'Elin Forsberg'],
  ],
  ['Design – Visio', 'design-visio', 'VISIOCLIENT', ['Julia Engström', 'Alexander Holmberg']],
];

// Template ids of the built-in Entra roles (the same in every tenant).
const ROLES: [displayName: string, templateId: string, description: string, members: string[]][] = [
  [
    'Global Administrator',
    '62e90394-69f5-4237-9190-012177145e10',
    'Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.',
    ['Erik Sjöberg'],
  ],
  [
    'User Administrator',
    'fe930be7-5e62-47db-91af-98c3a49a38b1',
    'Can manage all aspects of users and groups, including resetting passwords for limited admins.',
    ['Johan Andersson'],
  ],
  [
    'License Administrator',
    '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
    'Can manage product licenses on users and groups.',
    ['Maria Nilsson'],
  ],
];

const LICENSE_ADMINISTRATOR = '4d6ac14f-3453-41d0-bef9-a3e0c569773a';

/** Role-assignable groups (`isAssignableToRole`), which hold roles for their members; no licenses. */
const ROLE_GROUPS: [displayName: string, mailNickname: string, members: string[]][] = [
  ['Licensadministratörer', 'licensadministratorer', ['Linnea Dahl']],
];

/** Administrative units and their members: the Sales department. */
const ADMINISTRATIVE_UNITS: [displayName: string, description: string, members: string[]][] = [
  [
    'Sälj',
    'Säljavdelningens användare',
    ['Sofia Karlsson', 'Anna Berg', 'Oskar Lund', 'Mikael Persson', 'Elin Forsberg', 'Lars Gustafsson'],
  ],
];

/**
 * Active role assignments beyond the tenant-wide direct ones listed in ROLES:
 * [role template id, principal (a person or a role-assignable group), scope (an administrative unit or the tenant)].
 */
const ROLE_ASSIGNMENTS: [
  roleTemplateId: string,
  principal: { group: string } | { person: string },
  unit: string | null,
][] = [
  [LICENSE_ADMINISTRATOR, { group: 'Licensadministratörer' }, null],
  [LICENSE_ADMINISTRATOR, { person: 'Petra Sandell' }, 'Sälj'],
];

/** PIM eligibilities that are not activated: these people hold no role until they activate it. */
const ELIGIBLE_ONLY: [roleTemplateId: string, person: string][] = [[LICENSE_ADMINISTRATOR, 'Nora Ahmadi']];

const SELF_SERVICE = { part: 'POWER_BI_PRO', owner: "Liam O'Brien", licenses: 1 };

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
const catalog = (part: string): CatalogSku => {
  const entry = findCatalogProductByPartNumber(part);
  if (!entry) throw new Error(`no catalog entry for ${part}`);
  return { skuId: entry.skuId, name: entry.displayName, plans: entry.servicePlans.map((p) => [p.name, p.id]) };
};
const sku = (part: string): string => catalog(part).skuId;
const planId = (part: string, name: string): string => {
  const plan = catalog(part).plans.find(([n]) => n === name);
  if (!plan) throw new Error(`${part} has no plan ${name}`);
  return plan[1];
};

const ids = new Map(PEOPLE.map(([given, surname]) => [`${given} ${surname}`, guid(`user:${given} ${surname}`)]));
const idOf = (name: string): string => {
  const id = ids.get(name);
  if (!id) throw new Error(`unknown person ${name}`);
  return id;
};
const groups = GROUPS.map(([displayName, nick, part, members]) => ({
  id: guid(`group:${displayName}`),
  displayName,
  mail: `${nick}@${DOMAIN}`,
  description: `Tilldelar ${catalog(part).name} till medlemmarna.`,
  assignedLicenses: [{ skuId: sku(part), disabledPlans: [] }],
  members: members.map(idOf),
}));

const roleGroups = ROLE_GROUPS.map(([displayName, nick, members]) => ({
  id: guid(`group:${displayName}`),
  displayName,
  mail: `${nick}@${DOMAIN}`,
  description: 'Rolltilldelningsbar grupp: medlemmarna är licensadministratörer.',
  isAssignableToRole: true,
  assignedLicenses: [],
  members: members.map(idOf),
}));

const daysAgo = (days: number, seed: string): string => {
  // A working-hours minute on that day, stable per person, so the file regenerates identically.
  const minute = 7 * 60 + (parseInt(createHash('sha1').update(seed).digest('hex').slice(0, 4), 16) % 600);
  const day = new Date(ACTIVITY_AS_OF - days * 86_400_000);
  day.setUTCHours(0, minute, 0, 0);
  return day.toISOString().replace('.000Z', 'Z');
};

/** Graph's signInActivity for a demo person (request ids are stable fake GUIDs). */
function signInActivity(
  name: string,
  opts: PersonOptions,
): NonNullable<TenantFile['users'][number]['signInActivity']> | null {
  if (opts.lastSignInDays === null) return null;
  const days = opts.lastSignInDays ?? parseInt(guid(`active:${name}`).slice(0, 2), 16) % 7;
  const interactive = daysAgo(days, `i:${name}`);
  const nonInteractive = daysAgo(opts.nonInteractiveDays ?? days, `n:${name}`);
  const latest = interactive > nonInteractive ? interactive : nonInteractive;
  return {
    lastSignInDateTime: interactive,
    lastSignInRequestId: guid(`signin:${name}`),
    lastNonInteractiveSignInDateTime: nonInteractive,
    lastNonInteractiveSignInRequestId: guid(`signin-ni:${name}`),
    lastSuccessfulSignInDateTime: latest,
    lastSuccessfulSignInRequestId: guid(interactive > nonInteractive ? `signin:${name}` : `signin-ni:${name}`),
  };
}

const users = PEOPLE.map(([given, surname, jobTitle, department, lang, manager, direct, opts = {}]) => {
  const id = idOf(`${given} ${surname}`);
  const upn = `${ascii(given)}.${ascii(surname)}@${DOMAIN}`;
  const states: TenantFile['users'][number]['licenseAssignmentStates'] = direct.map((part) => ({
    skuId: sku(part),
    assignedByGroup: null,
    state: 'Active' as const,
    error: 'None',
    disabledPlans: (opts.disabled?.[part] ?? []).map((name) => planId(part, name)),
    lastUpdatedDateTime: ASSIGNED_AT,
  }));
  for (const g of groups.filter((g) => g.members.includes(id))) {
    for (const l of g.assignedLicenses) {
      states.push({
        skuId: l.skuId,
        assignedByGroup: g.id,
        state: 'Active',
        error: 'None',
        disabledPlans: [],
        lastUpdatedDateTime: ASSIGNED_AT,
      });
    }
  }
  const assignedLicenses: { skuId: string; disabledPlans: string[] }[] = [];
  for (const s of states) {
    const entry = assignedLicenses.find((l) => l.skuId === s.skuId);
    if (entry) entry.disabledPlans = entry.disabledPlans.filter((p) => s.disabledPlans.includes(p));
    else assignedLicenses.push({ skuId: s.skuId, disabledPlans: [...s.disabledPlans] });
  }
  return {
    id,
    displayName: `${given} ${surname}`,
    givenName: given,
    surname,
    userPrincipalName: upn,
    mail: upn,
    jobTitle,
    department,
    preferredLanguage: lang,
    usageLocation: 'SE',
    accountEnabled: opts.accountEnabled ?? true,
    businessPhones: [],
    mobilePhone: null,
    officeLocation: department === 'Kundtjänst' ? 'Göteborg' : 'Stockholm',
    assignedLicenses,
    licenseAssignmentStates: states,
    managerId: manager ? idOf(manager) : null,
    signInActivity: signInActivity(`${given} ${surname}`, opts),
  };
});

const subscriptions: TenantFile['subscriptions'] = [];
const subscribedSkus: TenantFile['subscribedSkus'] = Object.keys(SEATS).map((part) => {
  const { skuId, plans } = catalog(part);
  const selfService = SELF_SERVICE.part === part ? SELF_SERVICE.licenses : 0;
  const seats = SEATS[part] ?? 0;
  const orgSub = {
    id: guid(`subscription:${part}`),
    commerceSubscriptionId: guid(`commerce:${part}`),
    skuId,
    skuPartNumber: part,
    status: 'Enabled' as const,
    isTrial: false,
    totalLicenses: seats - selfService,
    createdDateTime: '2023-03-01T09:00:00Z',
    nextLifecycleDateTime: '2026-03-01T09:00:00Z',
    ownerType: null,
    ownerId: null,
    ownerTenantId: null,
  };
  subscriptions.push(orgSub);
  const subscriptionIds = [orgSub.commerceSubscriptionId];
  if (selfService > 0) {
    const own = {
      id: guid(`subscription:self-service:${part}`),
      commerceSubscriptionId: guid(`commerce:self-service:${part}`),
      skuId,
      skuPartNumber: part,
      status: 'Enabled' as const,
      isTrial: false,
      totalLicenses: selfService,
      createdDateTime: '2025-02-11T14:12:00Z',
      nextLifecycleDateTime: '2026-02-11T14:12:00Z',
      ownerType: 'User',
      ownerId: idOf(SELF_SERVICE.owner),
      ownerTenantId: null,
    };
    subscriptions.push(own);
    subscriptionIds.push(own.commerceSubscriptionId);
  }
  return {
    id: `${TENANT_ID}_${skuId}`,
    accountId: TENANT_ID,
    accountName: 'Contoso AB',
    skuId,
    skuPartNumber: part,
    appliesTo: 'User',
    capabilityStatus: 'Enabled',
    consumedUnits: users.filter((u) => u.assignedLicenses.some((l) => l.skuId === skuId)).length,
    prepaidUnits: { enabled: seats, suspended: 0, warning: 0, lockedOut: 0 },
    subscriptionIds,
    servicePlans: plans.map(([servicePlanName, servicePlanId]) => ({
      servicePlanId,
      servicePlanName,
      provisioningStatus: 'Success',
      appliesTo: 'User',
    })),
  };
});

const tenant: TenantFile = {
  organization: {
    id: TENANT_ID,
    displayName: 'Contoso AB',
    countryLetterCode: 'SE',
    preferredLanguage: 'sv-SE',
    verifiedDomains: [
      {
        name: DOMAIN,
        isDefault: true,
        isInitial: false,
        type: 'Managed',
        capabilities: 'Email, OfficeCommunicationsOnline',
      },
      {
        name: 'contosoab.onmicrosoft.com',
        isDefault: false,
        isInitial: true,
        type: 'Managed',
        capabilities: 'Email, OfficeCommunicationsOnline',
      },
    ],
  },
  subscribedSkus,
  subscriptions,
  users,
  groups: [...groups, ...roleGroups],
  directoryRoles: ROLES.map(([displayName, roleTemplateId, description, members]) => ({
    id: guid(`role:${roleTemplateId}`),
    roleTemplateId,
    displayName,
    description,
    members: members.map(idOf),
  })),
  roleAssignments: ROLE_ASSIGNMENTS.map(([roleDefinitionId, principal, unit]) => {
    const principalId = 'group' in principal ? guid(`group:${principal.group}`) : idOf(principal.person);
    return {
      id: guid(`roleAssignment:${roleDefinitionId}:${principalId}:${unit ?? '/'}`),
      principalId,
      roleDefinitionId,
      directoryScopeId: unit === null ? '/' : `/administrativeUnits/${guid(`administrativeUnit:${unit}`)}`,
    };
  }),
  roleEligibilitySchedules: ELIGIBLE_ONLY.map(([roleDefinitionId, person]) => ({
    id: guid(`roleEligibility:${roleDefinitionId}:${person}`),
    principalId: idOf(person),
    roleDefinitionId,
    directoryScopeId: '/',
    memberType: 'Direct' as const,
    status: 'Provisioned',
  })),
  administrativeUnits: ADMINISTRATIVE_UNITS.map(([displayName, description, members]) => ({
    id: guid(`administrativeUnit:${displayName}`),
    displayName,
    description,
    members: members.map(idOf),
  })),
};

parseTenantFile(tenant, 'generated demo tenant');
writeFileSync(DEMO_TENANT_PATH, `${JSON.stringify(tenant, null, 2)}\n`);
process.stdout.write(`wrote ${DEMO_TENANT_PATH}: ${users.length} users, ${subscribedSkus.length} SKUs\n`);
