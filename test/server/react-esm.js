import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const REACT = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'];

/**
 * React ships CommonJS only, which the dev server serves as is (the browser then finds no
 * exports). esbuild bundles React's entries once into one ES module (so there is one copy of
 * React), and each `import … from 'react…'` gets a small module re-exporting its part.
 */
export function reactAsEsm() {
  let bundle;
  return {
    name: 'react-as-esm',
    resolveImport({ source }) {
      if (REACT.includes(source)) return `/__react-esm/${source}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith('/__react-esm/')) return;
      const name = context.path.slice('/__react-esm/'.length, -'.js'.length);
      if (name === 'bundle') {
        bundle ??= build({
          stdin: { contents: `export const parts = { ${REACT.map((r) => `${JSON.stringify(r)}: require(${JSON.stringify(r)})`).join(', ')} };`, resolveDir: fileURLToPath(new URL('.', import.meta.url)) },
          bundle: true, format: 'esm', write: false, logLevel: 'silent', define: { 'process.env.NODE_ENV': '"development"' },
        }).then((r) => r.outputFiles[0].text);
        return { body: await bundle, type: 'js' };
      }
      if (!REACT.includes(name)) return;
      // The export names, read in a child process: React's development build probes `console` on load.
      const names = JSON.parse(execFileSync(process.execPath, ['-p', `JSON.stringify(Object.keys(require(${JSON.stringify(name)})))`], { encoding: 'utf8' }))
        .filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default');
      return {
        body: `import { parts } from '/__react-esm/bundle.js';\nconst part = parts[${JSON.stringify(name)}];\nexport default part;\nexport const { ${names.join(', ')} } = part;\n`,
        type: 'js',
      };
    },
  };
}
