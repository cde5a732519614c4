import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  MESSAGES,
  catalogueRecord,
  exportCatalogue,
  localize,
  messages,
  nestTranslation,
  parameterNames,
  registerLanguage,
  registeredLanguages,
  resolveLanguage,
  unregisterLanguage,
} from '../../../packages/core/src/index.js';

afterEach(() => {
  for (const tag of ['vi', 'pt', 'pt-br', 'tl']) unregisterLanguage(tag);
});

describe('message registry', () => {
  it('keeps English and Spanish exactly as before, and the same objects', () => {
    assert.equal(messages('en'), MESSAGES.en);
    assert.equal(messages('es'), MESSAGES.es);
    assert.equal(messages('es').showData, 'Mostrar datos');
    assert.equal(messages('en').dataTableCaption('Chronic absence'), 'Data for Chronic absence');
  });

  it('serves a registered language, English for every string it does not translate', () => {
    registerLanguage('vi', { core: { showData: 'Hiện dữ liệu', dataTableCaption: 'Dữ liệu cho {title}' } });
    const vi = messages('vi');
    assert.equal(vi.showData, 'Hiện dữ liệu');
    assert.equal(vi.hideData, 'Hide data');
    assert.equal(vi.dataTableCaption('Vắng mặt'), 'Dữ liệu cho Vắng mặt');
    assert.equal(vi.moreErrors(3), '…and 3 more problems.');
    assert.deepEqual(registeredLanguages(), ['en', 'es', 'vi']);
  });

  it('matches a regional tag to its language, and an unknown one to English or Spanish', () => {
    registerLanguage('pt', { core: { showData: 'Mostrar dados' } });
    assert.equal(resolveLanguage('pt-BR'), 'pt');
    assert.equal(messages('pt-BR').showData, 'Mostrar dados');
    registerLanguage('pt-BR', { core: { showData: 'Ver dados' } });
    assert.equal(messages('pt-br').showData, 'Ver dados');
    assert.equal(resolveLanguage('es-MX'), 'es');
    assert.equal(resolveLanguage('fr'), 'en');
    assert.equal(messages('fr'), MESSAGES.en);
  });

  it('fills placeholders by name or by position, and takes functions as they are', () => {
    registerLanguage('tl', {
      core: {
        httpStatus: 'Hindi ma-load ang {url}: sumagot ang server ng {1}.',
        moreErrors: (n: number) => `…at ${n} pang ${n === 1 ? 'problema' : 'mga problema'}.`,
      },
    });
    const tl = messages('tl');
    assert.equal(tl.httpStatus('https://x.org/a.csv', 404), 'Hindi ma-load ang https://x.org/a.csv: sumagot ang server ng 404.');
    assert.equal(tl.moreErrors(1), '…at 1 pang problema.');
  });

  it('overlays nested catalogues and lets a widget record answer registered languages', () => {
    const record = catalogueRecord('demo', {
      en: { title: 'Gaps', col: { group: 'Group', n: 'Students' }, lead: (name: string, year: string) => `${name}, ${year}.` },
      es: { title: 'Brechas', col: { group: 'Grupo', n: 'Estudiantes' }, lead: (name: string, year: string) => `${name}, ${year}.` },
    });
    registerLanguage('vi', { demo: { col: { group: 'Nhóm' }, lead: '{year}: {name}' } });
    assert.equal(record.es.col.group, 'Grupo');
    assert.equal(record['vi']!.col.group, 'Nhóm');
    assert.equal(record['vi']!.col.n, 'Students');
    assert.equal(record['vi']!.title, 'Gaps');
    assert.equal(record['vi']!.lead('Valle Verde', '2024'), '2024: Valle Verde');
    assert.equal(localize('demo', record, 'vi'), record['vi']);
  });

  it('exports every string with named placeholders, and reads a flat export back', () => {
    const flat = exportCatalogue(MESSAGES.en);
    assert.equal(flat.showData, 'Show data');
    assert.equal(flat.dataTableCaption, 'Data for {title}');
    assert.equal(flat.httpStatus, 'The data file at {url} could not be loaded: the server answered {status}. Check the address.');
    assert.equal(Object.keys(flat).length, Object.keys(MESSAGES.en).length);
    assert.deepEqual(parameterNames((row: number, field: string) => `${row}${field}`), ['row', 'field']);
    assert.deepEqual(nestTranslation({ 'col.group': 'Nhóm', title: 'T' }), { col: { group: 'Nhóm' }, title: 'T' });
  });

  it('refuses a tag that is not a language tag', () => {
    assert.throws(() => registerLanguage('<script>', { core: {} }), /not a language tag/);
  });
});
