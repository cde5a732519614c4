/**
 * `outcome-kit render <widget> <data.csv|json> [--attr value …] [--width N] > chart.svg`: a
 * widget's chart as a static SVG for board packets and newsletters. Errors go to stderr in
 * words (the field and row at fault), with exit code 1; never a stack trace for bad data.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { isOutcomeError, resolveLang, type Lang } from '@outcome-kit/core';
import { renderHtml, renderSvg, STATIC_WIDGETS, WIDGET_ATTRIBUTES, type RenderOptions, type StaticWidget } from './render.js';

const USAGE = `Usage: outcome-kit render <widget> <data.csv|data.json> [--attribute value …] [--width N] > chart.svg

Renders a widget's chart as a static SVG (with its title and text summary as <title> and <desc>),
for pages that cannot run scripts: board packets, newsletters, print.

Widgets and their attributes (the same as the elements'):
${STATIC_WIDGETS.map((w) => `  ${w.padEnd(17)} ${Object.keys(WIDGET_ATTRIBUTES[w]).join(', ')}`).join('\n')}
  every widget      heading, lang (en or es)

Options:
  --width N         the chart's width in pixels (default 640)
  --format csv|json how to read the file (default: from its extension, else its content)
  --as svg|html     an SVG document (default), or an HTML fragment with the heading, the chart,
                    the summary and the data table (every widget; the theory of action, driver
                    diagram and PDSA log draw no chart, so they are rendered as HTML only)
  -h, --help        this help

Examples:
  outcome-kit render run-chart absence.csv --x month --y rate --y-format percent --direction down > absence.svg
  outcome-kit render gap-chart ela.csv --indicator ela --suppress-below 10 --lang es > ela.svg
  outcome-kit render driver-diagram attendance.json --as html > attendance.html
`;

class UsageError extends Error {}

interface Command {
  widget: StaticWidget;
  file: string;
  attrs: Record<string, string>;
  opts: RenderOptions;
  as: 'svg' | 'html';
}

function parseArgs(argv: string[]): Command | 'help' {
  if (argv.length === 0 || argv.some((a) => a === '-h' || a === '--help')) return 'help';
  const [command, widget, file, ...rest] = argv;
  if (command !== 'render') throw new UsageError(`unknown command “${command}”; the command is “render”.`);
  if (!widget || widget.startsWith('--')) throw new UsageError('give a widget: ' + STATIC_WIDGETS.join(', ') + '.');
  if (!(STATIC_WIDGETS as readonly string[]).includes(widget)) throw new UsageError(`there is no widget “${widget}”; the widgets are: ${STATIC_WIDGETS.join(', ')}.`);
  if (!file || file.startsWith('--')) throw new UsageError('give the data file (CSV or JSON) after the widget.');
  const attrs: Record<string, string> = {};
  const opts: RenderOptions = {};
  let as: 'svg' | 'html' = 'svg';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--') || arg.length < 3) throw new UsageError(`unexpected “${arg}”; attributes are given as --name value.`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      const next = rest[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`--${name} needs a value.`);
      value = next;
      i++;
    }
    if (name === 'width') {
      const width = Number(value);
      if (!Number.isFinite(width) || width <= 0) throw new UsageError(`--width is “${value}”; expected a number of pixels above 0.`);
      opts.width = width;
    } else if (name === 'as') {
      if (value !== 'svg' && value !== 'html') throw new UsageError(`--as is “${value}”; expected svg or html.`);
      as = value;
    } else if (name === 'format') {
      if (value !== 'csv' && value !== 'json') throw new UsageError(`--format is “${value}”; expected csv or json.`);
      opts.format = value;
    } else attrs[name] = value;
  }
  if (!opts.format) {
    const ext = extname(file).toLowerCase();
    if (ext === '.json') opts.format = 'json';
    else if (ext === '.csv' || ext === '.tsv' || ext === '.txt') opts.format = 'csv';
  }
  return { widget: widget as StaticWidget, file, attrs, opts, as };
}

/** The problems of an `OutcomeError` as lines: the headline, then the others, then how many more. */
function problemLines(error: unknown, lang: Lang): string[] {
  if (!isOutcomeError(error)) return [error instanceof Error ? error.message : String(error)];
  const lines = error.problems.map((p) => p.message[lang]);
  const more = error.total - error.problems.length;
  if (more > 0) lines.push(lang === 'es' ? `… y ${more} problema(s) más.` : `… and ${more} more problem(s).`);
  return lines;
}

/** Runs `outcome-kit render …` (argv starts with `render`); resolves to the exit code. Never throws. */
export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (error) {
    // A bug, not bad data: say so in one line rather than a stack trace.
    process.stderr.write(`outcome-kit: unexpected problem: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function run(argv: string[]): Promise<number> {
  let command: Command | 'help';
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`outcome-kit: ${error.message}\nRun “outcome-kit --help” for usage.\n`);
    return 1;
  }
  if (command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const lang = resolveLang(command.attrs.lang);
  let text: string;
  try {
    text = await readFile(command.file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code ?? String(error);
    process.stderr.write(`outcome-kit: cannot read ${command.file}: ${why}.\n`);
    return 1;
  }
  try {
    const svg = command.as === 'html' ? await renderHtml(command.widget, text, command.attrs, command.opts) : await renderSvg(command.widget, text, command.attrs, command.opts);
    return await writeOutput(svg.endsWith('\n') ? svg : `${svg}\n`);
  } catch (error) {
    const [first, ...rest] = problemLines(error, lang);
    process.stderr.write(`outcome-kit: ${command.file}: ${first}\n${rest.map((l) => `  ${l}\n`).join('')}`);
    return 1;
  }
}

/**
 * Writes the output to stdout and resolves to the exit code. A reader that stops early
 * (`outcome-kit render … | head`: EPIPE) or a full disk (ENOSPC) ends in one line on stderr,
 * never a stack trace.
 */
function writeOutput(text: string): Promise<number> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (error?: Error | null) => {
      if (done) return;
      done = true;
      if (!error) return resolve(0);
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'EPIPE' ? 'the output was closed before the chart was written (EPIPE)' : code === 'ENOSPC' ? 'the disk is full (ENOSPC)' : `the output could not be written (${code ?? error.message})`;
      process.stderr.write(`outcome-kit: ${why}.\n`);
      resolve(1);
    };
    process.stdout.once('error', finish);
    try {
      process.stdout.write(text, finish);
    } catch (error) {
      finish(error as Error);
    }
  });
}
