// `npm run test:wordpress`: the WordPress plugin in a real WordPress (issue 20). Not part of `npm test`.
//
// Installs Debian's wordpress, mariadb-server, php-cli and php-mysql when they are missing (apt-get,
// as root), then, in a temporary folder: a MariaDB on a socket (no network), a copy of WordPress on
// 127.0.0.1 (PHP's built-in server), installed with a minimal theme; the plugin installed from the
// zip `npm run build` makes (WordPress's own unzip_file) and activated; an Administrator and an
// Author with application passwords. Through the REST API each role uploads the data files to the
// Media Library and publishes a post per widget, once as a block and once as a shortcode; an
// Administrator gives an Author's post a chart and the Author edits it; a chart address on its own
// line is embedded through oEmbed. Headless Chromium opens every post and checks that each widget
// rendered, that no suppressed group (n ≤ 10) appears anywhere on the page, and that the Author's
// edit kept the chart; then the block editor with a chart selected. It prints the matrix
// (widget × role × block/shortcode → rendered) and stops everything it started.
//
//   node scripts/test-wordpress.js [--screenshots DIR] [--keep]
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const shotsAt = args.indexOf('--screenshots');
const shots = shotsAt >= 0 ? resolve(args[shotsAt + 1] ?? '.') : null;
const keep = args.includes('--keep');
const WP_SOURCE = '/usr/share/wordpress';
const started = performance.now();
const log = (line) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${line}`);

// ---------------------------------------------------------------- what a fresh machine lacks
function has(cmd, argv = ['--version']) {
  try {
    execFileSync(cmd, argv, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
function phpHasMysqli() {
  try {
    return /^mysqli$/m.test(execFileSync('php', ['-m'], { encoding: 'utf8' }));
  } catch {
    return false;
  }
}
function ensurePackages() {
  const missing = !existsSync(join(WP_SOURCE, 'wp-load.php')) || !existsSync('/usr/sbin/mariadbd') || !phpHasMysqli();
  if (!missing) return;
  if (process.getuid?.() !== 0) throw new Error('WordPress, MariaDB or PHP is missing and installing them needs root: apt-get install wordpress mariadb-server php-cli php-mysql');
  log("Installing Debian's wordpress, mariadb-server, php-cli and php-mysql…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'wordpress', 'mariadb-server', 'php-cli', 'php-mysql'], { stdio: 'inherit', env });
}
function ensureZip() {
  if (!existsSync(join(root, 'packages/embed/bundle/outcome-kit.js')) || !existsSync(join(root, 'custom-elements.json'))) {
    log('Building the kit (npm run build)…');
    execFileSync(process.execPath, ['scripts/build.js'], { cwd: root, stdio: 'inherit' });
  } else {
    execFileSync(process.execPath, ['packages/wordpress/scripts/zip.js'], { cwd: root, stdio: 'inherit' });
  }
  return join(root, 'packages/wordpress/dist/outcome-kit.zip');
}

// ---------------------------------------------------------------- processes we start
const children = [];
let work = null;
function startProcess(cmd, argv, options = {}) {
  // Its own process group, so stopping it stops what it forked too (PHP's server workers).
  const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  child.output = '';
  child.stdout.on('data', (d) => (child.output += d));
  child.stderr.on('data', (d) => (child.output += d));
  children.push(child);
  return child;
}
async function stopAll() {
  for (const child of children.reverse()) {
    const group = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        /* already gone */
      }
    };
    if (child.exitCode === null && child.signalCode === null) {
      group('SIGTERM');
      await Promise.race([new Promise((r) => child.once('exit', r)), sleep(15000)]);
    }
    group('SIGKILL'); // anything of its group still there (forked workers)
    child.stdout.destroy();
    child.stderr.destroy();
  }
  if (work && !keep) rmSync(work, { recursive: true, force: true });
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}
async function waitFor(what, test, ms = 30000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await test()) return;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(200);
  }
}

// ---------------------------------------------------------------- MariaDB and WordPress
async function startMariaDb() {
  const data = join(work, 'db');
  const socket = join(work, 'mysql.sock');
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
  const db = startProcess('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${join(work, 'mysql.pid')}`, '--skip-log-bin', '--innodb-buffer-pool-size=32M']);
  await waitFor('MariaDB', () => existsSync(socket) || db.exitCode !== null);
  if (db.exitCode !== null) throw new Error(`MariaDB did not start:\n${db.output}`);
  execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', "CREATE DATABASE wordpress; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';"]);
  return socket;
}

const THEME_CSS = '/*\nTheme Name: Outcome Kit test\nDescription: The smallest classic theme, for npm run test:wordpress.\n*/\n';
const THEME_INDEX = `<?php ?><!doctype html><html <?php language_attributes(); ?>><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><?php wp_head(); ?></head>
<body <?php body_class(); ?>><main id="content"><?php while ( have_posts() ) : the_post(); ?><article><h1><?php the_title(); ?></h1><?php the_content(); ?></article><?php endwhile; ?></main><?php wp_footer(); ?></body></html>
`;

function writeWordPress(base, socket) {
  const wp = join(work, 'wordpress');
  cpSync(WP_SOURCE, wp, { recursive: true, dereference: true, filter: (src) => !src.endsWith('/.htaccess') });
  writeFileSync(
    join(wp, 'wp-config.php'),
    `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', '${base}' );
define( 'WP_SITEURL', '${base}' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', false );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_CONTENT_URL', '${base}/wp-content' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $k ) define( $k, '${Math.random().toString(36).slice(2)}' . $k );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`,
  );
  mkdirSync(join(wp, 'wp-content/themes/outcome-kit-test'), { recursive: true });
  writeFileSync(join(wp, 'wp-content/themes/outcome-kit-test/style.css'), THEME_CSS);
  writeFileSync(join(wp, 'wp-content/themes/outcome-kit-test/index.php'), THEME_INDEX);
  mkdirSync(join(wp, 'wp-content/plugins'), { recursive: true });
  mkdirSync(join(wp, 'wp-content/uploads'), { recursive: true });
  return wp;
}

/** Installs WordPress, the theme, the plugin (from the zip) and the users; returns their application passwords. */
function installWordPress(wp, base, zipFile) {
  const { host } = new URL(base);
  const script = join(work, 'setup.php');
  writeFileSync(
    script,
    `<?php
$_SERVER['HTTP_HOST'] = '${host}';
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require '${wp}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/user.php';
$out = array();
add_filter( 'pre_wp_mail', '__return_false' ); // no mail server here: the "new site" mail is not sent
$installed = wp_install( 'Example County Office of Education', 'administrator', 'admin@example.org', false, '', 'administrator-password' );
$admin = (int) $installed['user_id'];
switch_theme( 'outcome-kit-test' );
// The plugin, installed the way "Upload Plugin" does: WordPress's own unzip.
WP_Filesystem();
$unzipped = unzip_file( '${zipFile}', WP_PLUGIN_DIR );
if ( is_wp_error( $unzipped ) ) { fwrite( STDERR, 'unzip: ' . $unzipped->get_error_message() ); exit( 1 ); }
$active = activate_plugin( 'outcome-kit/outcome-kit.php' );
if ( is_wp_error( $active ) ) { fwrite( STDERR, 'activate: ' . $active->get_error_message() ); exit( 1 ); }
$author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password', 'user_email' => 'author@example.org', 'role' => 'author', 'display_name' => 'Ana Author' ) );
if ( is_wp_error( $author ) ) { fwrite( STDERR, $author->get_error_message() ); exit( 1 ); }
foreach ( array( 'administrator' => $admin, 'author' => $author ) as $role => $id ) {
  $created = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'npm run test:wordpress' ) );
  $user = get_userdata( $id );
  $out[ $role ] = array( 'id' => $id, 'login' => $user->user_login, 'password' => $created[0], 'unfiltered_html' => user_can( $id, 'unfiltered_html' ) );
}
$out['plugins'] = get_option( 'active_plugins' );
// A threshold below 10 stored by hand: the plugin must still use 10.
update_option( 'outcome_kit_settings', array( 'suppress_below' => 5, 'data_origins' => array(), 'bundle_url' => '' ) );
$out['threshold'] = outcome_kit_settings()['suppress_below'];
$out['version'] = get_bloginfo( 'version' );
echo wp_json_encode( $out );
`,
  );
  const out = execFileSync('php', [script], { encoding: 'utf8', cwd: wp });
  return JSON.parse(out.slice(out.indexOf('{')));
}

// ---------------------------------------------------------------- REST
function rest(base, user) {
  const auth = `Basic ${Buffer.from(`${user.login}:${user.password}`).toString('base64')}`;
  return async (route, { method = 'GET', body, headers = {}, query = '' } = {}) => {
    const url = `${base}/?rest_route=${encodeURIComponent(route)}${query}`;
    const init = { method, headers: { Authorization: auth, ...headers } };
    if (body !== undefined) {
      if (Buffer.isBuffer(body)) init.body = body;
      else (init.body = JSON.stringify(body)), (init.headers['Content-Type'] = 'application/json');
    }
    const res = await fetch(url, init);
    const text = await res.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    if (!res.ok) throw new Error(`${method} ${route} as ${user.login}: HTTP ${res.status} ${text.slice(0, 400)}`);
    return json;
  };
}

// ---------------------------------------------------------------- what is published
const DATA = 'demo/public/data';
/** The demo's published illustrative county (data/dash/, formerly data/dash-sample/): the first entity file of a kind. */
function published(kind) {
  for (const folder of ['dash', 'dash-sample']) {
    const dir = join(root, DATA, folder, kind);
    if (!existsSync(dir)) continue;
    const file = readdirSync(dir).sort().find((f) => /^\d+\.json$/.test(f));
    if (file) return `${folder}/${kind}/${file}`;
  }
  throw new Error(`No published ${kind} file under ${DATA}/dash/ (the demo's illustrative county)`);
}
/** Each widget the plugin offers, its data file and settings. The gap chart's file has a group of 8 students. */
const WIDGETS = [
  { name: 'run-chart', file: 'chronic-absence-monthly.csv', type: 'text/csv', settings: { x: 'month', y: 'rate', 'y-format': 'percent', direction: 'down', heading: 'Chronic absence rate (monthly)' } },
  { name: 'control-chart', file: 'suspensions-monthly.csv', type: 'text/csv', settings: { chart: 'u', x: 'month', y: 'suspensions', n: 'enrolled', multiply: '100', heading: 'Suspensions per 100 students' } },
  { name: 'gap-chart', file: 'gaps-ela.csv', type: 'text/csv', settings: { indicator: 'ela', heading: 'ELA: distance from standard by student group', 'suppress-below': '3' } },
  { name: 'theory-of-action', file: 'theory-of-action.json', type: 'application/json', settings: {} },
  { name: 'driver-diagram', file: 'attendance-driver-diagram.json', type: 'application/json', settings: {} },
  { name: 'pdsa-log', file: 'attendance-driver-diagram.json', type: 'application/json', settings: { change: 'c-letters' } },
  { name: 'equity-report', file: published('districts'), type: 'application/json', settings: {} },
  { name: 'county-grid', file: published('counties'), type: 'application/json', settings: {} },
];
/** Words of groups the data holds with 10 or fewer students: none may appear on any page (the gap chart's posts ask for suppress-below="3": the site never goes below 10). */
const SUPPRESSED = ['Pacific Islander'];
const ROLES = ['administrator', 'author'];
const FORMS = ['block', 'shortcode'];

const blockMarkup = (w, src) => `<!-- wp:outcome-kit/${w.name} ${JSON.stringify({ src, ...w.settings })} /-->`;
const shortcodeMarkup = (w, src) =>
  `[outcome_chart widget="${w.name}" src="${src}"${Object.entries(w.settings)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('')}]`;
const rawMarkup = (w, src) =>
  `<!-- wp:html --><script src="/wp-content/plugins/outcome-kit/bundle/outcome-kit.js"></script><outcome-${w.name} src="${src}"${Object.entries(w.settings)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('')}></outcome-${w.name}><!-- /wp:html -->`;

// ---------------------------------------------------------------- the browser's checks
/** In the page: every Outcome Kit element, whether it rendered (and why not), and the page's whole text (shadow roots too). */
async function inspect(page) {
  return page.evaluate(async () => {
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    const all = () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('outcome-') && e.localName.includes('-'));
    const end = Date.now() + 40000;
    // Bring each into view (charts draw near the viewport) until all have rendered or failed.
    for (;;) {
      const els = all();
      for (const el of els) if (!el.hasAttribute('rendered')) el.scrollIntoView({ block: 'center' });
      await sleep(300);
      if (els.every((el) => el.hasAttribute('rendered') || el.shadowRoot?.querySelector('[role="alert"]')) || Date.now() > end) break;
    }
    await sleep(300);
    const text = (node) => {
      let t = '';
      for (const child of node.childNodes) {
        if (child.nodeType === 3) t += child.textContent;
        else if (child.nodeType === 1 && !['SCRIPT', 'STYLE'].includes(child.nodeName)) t += ' ' + text(child);
      }
      if (node.shadowRoot) t += ' ' + text(node.shadowRoot);
      return t;
    };
    const els = all().map((el) => {
      const sr = el.shadowRoot;
      const alert = sr?.querySelector('[role="alert"]')?.textContent?.trim().replace(/\s+/g, ' ') ?? null;
      const summary = sr?.querySelector('[part="summary"]')?.textContent?.trim() ?? '';
      const chart = sr?.querySelector('[part="chart"]');
      const drawn = !chart || !!chart.querySelector('svg, canvas');
      const fallback = el.querySelector('.outcome-kit-fallback');
      const fallbackHidden = !fallback || fallback.getClientRects().length === 0;
      return { tag: el.localName, suppressBelow: el.getAttribute('suppress-below'), rendered: el.hasAttribute('rendered') && !alert && drawn && (summary !== '' || !!sr?.querySelector('table')), alert, fallbackHidden, height: Math.round(el.getBoundingClientRect().height) };
    });
    const notices = [...document.querySelectorAll('.outcome-kit-notice')].map((n) => n.textContent.trim());
    const iframes = [...document.querySelectorAll('iframe.outcome-kit-embed')].map((f) => ({ src: f.getAttribute('src'), height: Math.round(f.getBoundingClientRect().height) }));
    return { els, iframes, notices, text: text(document.body) + ' ' + document.documentElement.outerHTML };
  });
}

async function main() {
  ensurePackages();
  const zipFile = ensureZip();
  work = mkdtempSync(join(tmpdir(), 'outcome-kit-wp-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  log(`Temporary WordPress in ${work}`);
  const socket = await startMariaDb();
  log('MariaDB started (socket only)');
  const wp = writeWordPress(base, socket);
  const users = installWordPress(wp, base, zipFile);
  log(`WordPress ${users.version} installed; plugin from the zip active (${users.plugins.join(', ')}); users: Administrator (unfiltered_html: ${users.administrator.unfiltered_html}), Author (unfiltered_html: ${users.author.unfiltered_html})`);
  const server = startProcess('php', ['-S', `127.0.0.1:${port}`, '-t', wp], { cwd: wp, env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } });
  await waitFor('the PHP server', async () => {
    if (server.exitCode !== null) throw new Error(`PHP server stopped:\n${server.output}`);
    try {
      return (await fetch(`${base}/?rest_route=/`)).ok;
    } catch {
      return false;
    }
  });
  log(`WordPress serving on ${base}`);
  // The widgets this build's plugin offers (widgets.json): each one with test data goes in the matrix.
  const offered = Object.keys(JSON.parse(readFileSync(join(root, 'packages/wordpress/dist/outcome-kit/widgets.json'), 'utf8')));
  const untested = offered.filter((n) => !WIDGETS.some((w) => w.name === n));
  const tested = WIDGETS.filter((w) => offered.includes(w.name));
  const missing = WIDGETS.filter((w) => !offered.includes(w.name)).map((w) => w.name);
  if (!tested.some((w) => w.name === 'run-chart') || !tested.some((w) => w.name === 'gap-chart')) throw new Error('The plugin offers no run chart or gap chart: is the bundle built?');
  const api = Object.fromEntries(ROLES.map((r) => [r, rest(base, users[r])]));

  // Each role uploads the data files to the Media Library and publishes a post per widget and form.
  const posts = [];
  for (const role of ROLES) {
    const uploaded = new Map();
    for (const w of tested) {
      if (!uploaded.has(w.file)) {
        const name = w.file.replace(/\//g, '-');
        const media = await api[role]('/wp/v2/media', { method: 'POST', body: readFileSync(join(root, DATA, w.file)), headers: { 'Content-Type': w.type, 'Content-Disposition': `attachment; filename="${role}-${name}"` } });
        uploaded.set(w.file, media.source_url);
      }
      const src = uploaded.get(w.file);
      for (const form of FORMS) {
        const content = `<!-- wp:paragraph --><p>${w.name} as a ${form}, published by the ${role}.</p><!-- /wp:paragraph -->\n\n${form === 'block' ? blockMarkup(w, src) : shortcodeMarkup(w, src)}`;
        const post = await api[role]('/wp/v2/posts', { method: 'POST', body: { title: `${w.name} (${role}, ${form})`, content, status: 'publish' } });
        posts.push({ widget: w.name, role, form, id: post.id, link: post.link, src });
      }
    }
  }
  log(`${posts.length} posts published through the REST API`);

  // An Administrator gives an Author's post charts (block, shortcode, and the README's pasted HTML); the Author edits it.
  const run = tested.find((w) => w.name === 'run-chart');
  const gap = tested.find((w) => w.name === 'gap-chart');
  const runSrc = posts.find((p) => p.role === 'administrator' && p.widget === 'run-chart').src;
  const gapSrc = posts.find((p) => p.role === 'administrator' && p.widget === 'gap-chart').src;
  const given = await api.administrator('/wp/v2/posts', {
    method: 'POST',
    body: { title: 'Attendance update', author: users.author.id, status: 'publish', content: `<!-- wp:paragraph --><p>Draft by the author.</p><!-- /wp:paragraph -->\n\n${blockMarkup(run, runSrc)}\n\n${shortcodeMarkup(gap, gapSrc)}\n\n${rawMarkup(run, runSrc)}` },
  });
  const before = await api.author(`/wp/v2/posts/${given.id}`, { query: '&context=edit' });
  await api.author(`/wp/v2/posts/${given.id}`, { method: 'POST', body: { content: `${before.content.raw}\n\n<!-- wp:paragraph --><p>Edited by the author.</p><!-- /wp:paragraph -->` } });
  const after = await api.author(`/wp/v2/posts/${given.id}`, { query: '&context=edit' });
  const rawKept = after.content.raw.includes('<outcome-run-chart');

  // A shortcode typed with curly quotes (as a word processor leaves it), and one whose data is on an origin the site does not allow.
  const curly = await api.author('/wp/v2/posts', { method: 'POST', body: { title: 'Curly quotes', status: 'publish', content: `[outcome_chart widget=”run-chart” src=”${runSrc}” x=”month” y=”rate”]` } });
  const foreign = await api.author('/wp/v2/posts', { method: 'POST', body: { title: 'Foreign data', status: 'publish', content: '[outcome_chart widget="run-chart" src="https://data.elsewhere.example/absence.csv" x="month" y="rate"]' } });

  // oEmbed: a chart address on its own line, as each role.
  const embedPage = `${base}/wp-content/plugins/outcome-kit/bundle/embed.html`;
  const embeds = [];
  for (const role of ROLES) {
    const url = `${embedPage}?widget=run-chart&src=${encodeURIComponent(runSrc)}&x=month&y=rate&heading=${encodeURIComponent('Chronic absence rate')}`;
    const post = await api[role]('/wp/v2/posts', { method: 'POST', body: { title: `oEmbed (${role})`, status: 'publish', content: `<p>A chart address on its own line:</p>\n\n${url}\n\n<p>The end.</p>` } });
    embeds.push({ role, link: post.link });
  }
  const oembedJson = await (await fetch(`${base}/?rest_route=/outcome-kit/v1/oembed&url=${encodeURIComponent(`${embedPage}?widget=gap-chart&src=x.csv`)}`)).json();

  // ---------------------------------------------------------------- Chromium
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const failures = [];
  const results = new Map();
  let leaked = [];
  const gapThresholds = new Set();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    for (const post of posts) {
      await page.goto(post.link, { waitUntil: 'load' });
      const seen = await inspect(page);
      const el = seen.els.find((e) => e.tag === `outcome-${post.widget}`);
      if (post.widget === 'gap-chart') gapThresholds.add(el?.suppressBelow);
      const ok = !!el && el.rendered && el.fallbackHidden && (el.suppressBelow === null || Number(el.suppressBelow) >= 10);
      if (el && el.suppressBelow !== null && Number(el.suppressBelow) < 10) failures.push(`${post.widget} as ${post.role} (${post.form}): suppress-below="${el.suppressBelow}"`);
      results.set(`${post.widget}|${post.role}|${post.form}`, ok);
      if (!ok) failures.push(`${post.widget} as ${post.role} (${post.form}): ${el ? el.alert ?? (el.fallbackHidden ? 'not rendered' : 'fallback still shown') : 'no element on the page'}`);
      const words = SUPPRESSED.filter((w) => seen.text.includes(w));
      if (words.length) leaked.push(`${post.widget} as ${post.role} (${post.form}): ${words.join(', ')}`);
    }

    await page.goto(given.link, { waitUntil: 'load' });
    const edited = await inspect(page);
    const editRun = edited.els.filter((e) => e.tag === 'outcome-run-chart');
    const editGap = edited.els.find((e) => e.tag === 'outcome-gap-chart');
    const edit = { block: editRun.length >= 1 && editRun[0].rendered, shortcode: !!editGap?.rendered, raw: rawKept && editRun.length >= 2 && editRun[1].rendered, editedText: edited.text.includes('Edited by the author.') };
    if (!edit.block) failures.push("Author's edit: the block's chart is gone or did not render");
    if (!edit.shortcode) failures.push("Author's edit: the shortcode's chart is gone or did not render");
    if (!edit.editedText) failures.push("Author's edit: the author's paragraph is missing");

    await page.goto(curly.link, { waitUntil: 'load' });
    const curlySeen = await inspect(page);
    const curlyOk = curlySeen.els.length === 1 && curlySeen.els[0].rendered;
    if (!curlyOk) failures.push('a shortcode with curly quotes did not render');
    await page.goto(foreign.link, { waitUntil: 'load' });
    const foreignSeen = await inspect(page);
    const foreignOk = foreignSeen.els.length === 0 && foreignSeen.notices.some((n) => n.includes('https://data.elsewhere.example'));
    if (!foreignOk) failures.push('data from an origin the site does not allow was not refused with a message');

    // Every height the resizer gives an embed's iframe, from the page's start.
    await page.addInitScript(() => {
      window.__frameHeights = [];
      new MutationObserver((records) => {
        for (const r of records) if (r.target.localName === 'iframe' && r.attributeName === 'style') window.__frameHeights.push(Math.round(parseFloat(r.target.style.height) || 0));
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
    });
    const embedResults = [];
    for (const e of embeds) {
      await page.goto(e.link, { waitUntil: 'load' });
      const frameEl = await page.waitForSelector('iframe.outcome-kit-embed', { timeout: 10000 }).catch(() => null);
      let ok = false;
      let height = 0;
      if (frameEl) {
        await frameEl.scrollIntoViewIfNeeded();
        const frame = await frameEl.contentFrame();
        ok = !!(await frame?.waitForSelector('outcome-run-chart[rendered]', { timeout: 30000 }).catch(() => null));
        await sleep(800);
        height = Math.round((await frameEl.boundingBox())?.height ?? 0);
      }
      const heights = await page.evaluate(() => window.__frameHeights);
      embedResults.push({ role: e.role, ok, height, heights });
      if (heights.some((h) => h < 200)) failures.push(`oEmbed as ${e.role}: the iframe jumped (${heights.join(' → ')} px)`);
      if (!ok) failures.push(`oEmbed as ${e.role}: ${frameEl ? 'the chart in the iframe did not render' : 'no iframe (the address was not embedded)'}`);
    }

    // The block editor, with a chart selected.
    let editor = { ok: false, shot: null };
    const target = posts.find((p) => p.role === 'administrator' && p.widget === 'run-chart' && p.form === 'block');
    await page.goto(`${base}/wp-login.php`);
    await page.fill('#user_login', 'administrator');
    await page.fill('#user_pass', 'administrator-password');
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    // Settings → Outcome Kit: a threshold of 5 is saved as 10.
    await page.goto(`${base}/wp-admin/options-general.php?page=outcome-kit`, { waitUntil: 'load' });
    // The form itself refuses 5 (min="10"); without that check, the server saves 10.
    const formMin = await page.getAttribute('#outcome_kit_suppress_below', 'min');
    await page.evaluate(() => document.querySelector('#outcome_kit_suppress_below').removeAttribute('min'));
    await page.fill('#outcome_kit_suppress_below', '5');
    await Promise.all([page.waitForURL(/settings-updated=true/, { timeout: 60000 }), page.click('#submit')]);
    const savedThreshold = await page.inputValue('#outcome_kit_suppress_below');
    if (formMin !== '10') failures.push(`Settings: the threshold field's min is ${formMin}, not 10`);
    if (savedThreshold !== '10' || users.threshold !== 10) failures.push(`Settings: a threshold of 5 became ${savedThreshold} (stored by hand: ${users.threshold})`);
    await page.goto(`${base}/wp-admin/post.php?post=${target.id}&action=edit`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0, null, { timeout: 60000 });
    await page.evaluate(() => {
      const ep = window.wp.data.select('core/edit-post');
      if (ep.isFeatureActive('welcomeGuide')) window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      const block = window.wp.data.select('core/block-editor').getBlocks().find((b) => b.name.startsWith('outcome-kit/'));
      if (block) window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      if (!window.wp.data.select('core/edit-post').isEditorSidebarOpened()) window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    editor.ok = !!(await page.waitForSelector('.editor-styles-wrapper outcome-run-chart[rendered], .block-editor-block-list__layout outcome-run-chart[rendered]', { timeout: 40000 }).catch(() => null));
    const controls = await page.evaluate(() => [...document.querySelectorAll('.block-editor-block-inspector .components-base-control__label, .block-editor-block-inspector label')].map((l) => l.textContent.trim()).filter(Boolean));
    editor.controls = controls.length;
    editor.mediaButton = await page.evaluate(() => [...document.querySelectorAll('.block-editor-block-inspector button')].some((b) => /data file/i.test(b.textContent)));
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await page.locator('outcome-run-chart').first().scrollIntoViewIfNeeded();
      await sleep(500);
      editor.shot = join(shots, 'wordpress-block-editor.png');
      await page.screenshot({ path: editor.shot });
      await page.goto(target.link, { waitUntil: 'load' });
      await inspect(page);
      await page.screenshot({ path: join(shots, 'wordpress-post.png'), fullPage: true });
    }
    if (!editor.ok) failures.push('Block editor: the chart did not render in the editor');
    if (!editor.mediaButton) failures.push('Block editor: no Media Library button in the block settings');
    if (consoleErrors.length) failures.push(`Page errors: ${consoleErrors.slice(0, 3).join(' | ')}`);

    // ---------------------------------------------------------------- the matrix
    const mark = (ok) => (ok ? 'rendered' : 'FAILED');
    const cols = ROLES.flatMap((r) => FORMS.map((f) => `${r} ${f}`));
    const width = Math.max(...tested.map((w) => w.name.length), 'widget'.length);
    console.log(`\nWordPress ${users.version}, PHP built-in server, MariaDB; the plugin installed from ${zipFile.replace(root + '/', '')}`);
    console.log(`${'widget'.padEnd(width)} | ${cols.map((c) => c.padEnd(22)).join(' | ')}`);
    console.log(`${'-'.repeat(width)}-|-${cols.map(() => '-'.repeat(22)).join('-|-')}`);
    for (const w of tested) console.log(`${w.name.padEnd(width)} | ${ROLES.flatMap((r) => FORMS.map((f) => mark(results.get(`${w.name}|${r}|${f}`)).padEnd(22))).join(' | ')}`);
    console.log(`\nAuthor's edit of a post an Administrator gave charts: block ${mark(edit.block)}, shortcode ${mark(edit.shortcode)}; pasted HTML (README snippet, no plugin): ${edit.raw ? 'kept' : 'stripped by WordPress (expected: the Author has no unfiltered_html)'}`);
    console.log(`oEmbed (a chart address on its own line): ${embedResults.map((e) => `${e.role} ${mark(e.ok)} (iframe heights 600 → ${e.heights.join(' → ') || 'unchanged'} px)`).join(', ')}; /wp-json/outcome-kit/v1/oembed → ${oembedJson.type ?? oembedJson.code}`);
    console.log(`Shortcode typed with curly quotes: ${mark(curlyOk)}; data from an origin the site does not allow: ${foreignOk ? 'refused with a message' : 'FAILED'}`);
    console.log(`Privacy threshold: 5 in Settings (and in the database) is used as ${savedThreshold} and ${users.threshold}; a gap chart asking for suppress-below="3" got ${[...gapThresholds].join(', ')}`);
    console.log(`Suppressed group (n = 8: ${SUPPRESSED.join(', ')}) on any page: ${leaked.length ? `LEAKED on ${leaked.join('; ')}` : 'never'}`);
    console.log(`Block editor: chart ${mark(editor.ok)} with the block selected (${editor.controls} controls, Media Library button: ${editor.mediaButton ? 'yes' : 'no'})${editor.shot ? `; screenshot ${editor.shot}` : ''}`);
    if (untested.length) console.log(`Widgets the plugin offers without test data here (not in the matrix): ${untested.join(', ')}`);
    if (missing.length) console.log(`Widgets with test data that this build does not offer (skipped): ${missing.join(', ')}`);
    if (leaked.length) failures.push(`suppressed group shown: ${leaked.join('; ')}`);
  } finally {
    await browser.close();
  }
  const total = posts.length;
  const passed = [...results.values()].filter(Boolean).length;
  if (failures.length) {
    console.log(`\n✗ ${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log(`\n✓ ${passed}/${total} posts rendered; Author's edit kept the charts; oEmbed embedded; nothing suppressed shown (${Math.round((performance.now() - started) / 1000)} s)`);
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll().then(() => process.exit(130)));
main()
  .catch((error) => {
    console.error(`✗ ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
