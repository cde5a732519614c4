/**
 * The Districts & Schools page: the county grid → a district's (or school's) equity report → an
 * indicator's gap chart (inside the report) → the district's interim measures and theory of action.
 * It reads the demo's illustrative published folder (what `outcome-kit publish --illustrative`
 * wrote into ./data/dash/): its index.json finds each entity's document. `?cds=` picks the entity.
 */
interface IndexEntity {
  cds: string;
  name: string;
  kind: 'state' | 'county' | 'district' | 'coe' | 'charter' | 'school';
  parent?: string;
  href: string;
}

const BASE = './data/dash/';

async function findIndex(): Promise<IndexEntity[] | null> {
  try {
    const res = await fetch(`${BASE}index.json`);
    if (!res.ok) return null;
    const index = (await res.json()) as { entities?: IndexEntity[] };
    return Array.isArray(index.entities) && index.entities.some((e) => e.kind === 'county') ? index.entities : null;
  } catch {
    return null;
  }
}

const $ = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;

function crumb(text: string, href?: string): HTMLLIElement {
  const li = document.createElement('li');
  if (href) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    li.append(a);
  } else {
    li.textContent = text;
    li.setAttribute('aria-current', 'page');
  }
  return li;
}

async function main(): Promise<void> {
  const entities = await findIndex();
  const grid = $('county-grid');
  if (!entities) {
    grid.setAttribute('src', `${BASE}index.json`); // the grid shows why the data could not be loaded
    return;
  }
  const base = BASE;
  const byCds = new Map(entities.map((e) => [e.cds, e]));
  const county = entities.find((e) => e.kind === 'county')!;
  const cds = new URLSearchParams(location.search).get('cds');
  const entity = cds ? byCds.get(cds) : undefined;
  if (!entity || entity.kind === 'county' || entity.kind === 'state') {
    grid.setAttribute('src', `${base}${county.href}`);
    $('page-title').textContent = `Districts & Schools: ${county.name}`;
    return;
  }

  // One district or school: its equity report, its schools, its interim measures.
  $('county-view').hidden = true;
  $('entity-view').hidden = false;
  document.title = `${entity.name} — Districts & Schools — Valle Verde County Office of Education`;
  $('page-title').textContent = entity.name;
  $('lede').textContent =
    entity.kind === 'school'
      ? 'Each student group on every Dashboard indicator at this school, and the equity counts.'
      : 'Each student group on every Dashboard indicator, the equity counts, and whether the district is eligible for differentiated assistance, and why.';
  const crumbs = $('crumbs');
  const district = entity.kind === 'school' && entity.parent ? byCds.get(entity.parent) : undefined;
  if (district) crumbs.append(crumb(district.name, `districts.html?cds=${encodeURIComponent(district.cds)}`));
  crumbs.append(crumb(entity.name));
  $('report').setAttribute('src', `${base}${entity.href}`);
  if (entity.kind !== 'school') {
    const schools = $('schools-grid');
    const section = $('schools-section');
    schools.addEventListener('outcome-render', (e) => {
      const model = (e as CustomEvent<{ rows: unknown[] }>).detail;
      section.hidden = !model?.rows?.length;
    });
    schools.setAttribute('heading', `Schools of ${entity.name}`);
    schools.setAttribute('src', `${base}${entity.href}`);
    $('measures-section').hidden = false;
  }
}

void main();
