import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json' with { type: 'json' };
import { argTypesFrom } from './arg-types.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: {
      // Fail the story's a11y check on any violation of WCAG 2.1 A/AA.
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    },
    controls: { expanded: true },
    // One API row per attribute, with the control its type calls for (see arg-types.ts).
    docs: { extractArgTypes: argTypesFrom(manifest) },
  },
  globalTypes: {
    scheme: {
      description: 'Colour scheme of the page around the widget',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { scheme: 'light' },
  decorators: [
    // Dark: the story on a page that declares `color-scheme: dark`, so the widgets' light-dark() defaults turn dark.
    (story, context) => {
      const dark = context.globals.scheme === 'dark';
      document.documentElement.style.colorScheme = dark ? 'dark' : '';
      document.body.style.background = dark ? '#121212' : '';
      document.body.style.color = dark ? '#f2f2f2' : '';
      return html`${story()}`;
    },
  ],
};

export default preview;
