/**
 * `outcome-kit <command>`: `render` (a widget as a static SVG) and `publish` (CDE Dashboard files →
 * a static folder of per-entity JSON). Each command lives in its own module.
 */
import { main as render } from '@outcome-kit/embed/cli';

const [command, ...rest] = process.argv.slice(2);
const USAGE = `Usage: outcome-kit <command> [options]

Commands:
  render    a widget's chart as a static SVG (outcome-kit render --help)
  publish   CDE Dashboard download files → a static folder of per-entity JSON (outcome-kit publish --help)
`;

if (command === 'render') process.exitCode = await render([command, ...rest]);
else if (command === 'publish') process.exitCode = await (await import('./publish-cli.js')).main(rest);
else {
  (command && command !== '-h' && command !== '--help' ? console.error : console.log)(command && command !== '-h' && command !== '--help' ? `outcome-kit: unknown command "${command}"\n\n${USAGE}` : USAGE);
  process.exitCode = command && command !== '-h' && command !== '--help' ? 1 : 0;
}
