import { OutcomeError, type Problem } from '../errors.js';
import type { Loaded } from '../load/types.js';
import { toDate, toNumber, toText } from '../validate/coerce.js';
import { PDSA_MESSAGES, type PdsaMessages } from './messages.js';
import { PDSA_DECISIONS, PDSA_SCALES, type PdsaCycleInput, type PdsaDecision, type PdsaScale } from './types.js';

/** Stop listing problems after this many (all are counted). */
const MAX_PROBLEMS = 10;

/** Where a value came from: a JSON path (`cycles[2].start`) or a CSV row. */
interface Where {
  path?: string;
  row?: number;
  field: string;
}

/** Words people write for each scale, matched after lower-casing and trimming. */
const SCALE_WORDS: Record<string, PdsaScale> = {
  student: 'student', students: 'student', 'some students': 'student',
  classroom: 'classroom', class: 'classroom', 'one classroom': 'classroom', teacher: 'classroom', classrooms: 'classroom',
  grade: 'grade', 'grade level': 'grade', 'one grade': 'grade',
  school: 'school', 'one school': 'school', site: 'school',
  schools: 'schools', 'several schools': 'schools', 'some schools': 'schools', sites: 'schools',
  district: 'district', 'the district': 'district', 'district-wide': 'district', districtwide: 'district', lea: 'district',
};

const YES = /^(y|yes|true|1|met|s[ií]|cumplida)$/i;
const NO = /^(n|no|false|0|not met|no cumplida)$/i;
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

/** The first of several spellings of a field a row has (`prediction-met`, `predictionMet`, `prediction_met`). */
function pick(raw: Record<string, unknown>, ...names: string[]): { key: string; value: unknown } {
  for (const name of names) {
    for (const key of [name, name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), name.replace(/-/g, '_'), name.replace(/-/g, ' ')]) {
      if (key in raw) return { key, value: raw[key] };
    }
  }
  return { key: names[0]!, value: undefined };
}

/** One problem, its message in both languages from the PDSA catalogue. */
function pdsaProblem(code: string, render: (m: PdsaMessages) => string, where: Partial<Where> = {}, value?: unknown): Problem {
  const p: Problem = { code, message: { en: render(PDSA_MESSAGES.en), es: render(PDSA_MESSAGES.es) } };
  const field = where.path ?? where.field;
  if (field) p.field = field;
  if (where.row !== undefined) p.row = where.row;
  if (value !== undefined) p.value = value;
  return p;
}

class CycleReader {
  readonly problems: Problem[] = [];
  total = 0;

  private add(code: string, render: (m: PdsaMessages) => string, where: Where, value?: unknown): null {
    this.total++;
    if (this.problems.length < MAX_PROBLEMS) {
      this.problems.push(pdsaProblem(code, render, where, value));
    }
    return null;
  }

  private at(m: PdsaMessages, where: Where): string {
    return m.at(where.row !== undefined ? { row: where.row } : { path: where.path ?? where.field });
  }

  private text(raw: Record<string, unknown>, where: (f: string) => Where, ...names: string[]): string | null {
    const { key, value } = pick(raw, ...names);
    const t = toText(value);
    if (t === undefined) {
      const w = where(key);
      return this.add('not-text', (m) => m.notText(this.at(m, w), key), w);
    }
    return t;
  }

  private date(raw: Record<string, unknown>, where: (f: string) => Where, name: string): Date | null {
    const { key, value } = pick(raw, name);
    const d = toDate(value);
    if (d === undefined) {
      const w = where(key);
      return this.add('not-date', (m) => m.badDate(this.at(m, w), key, value), w, value);
    }
    return d;
  }

  read(raw: unknown, where: (field: string) => Where, seen: Set<string>): PdsaCycleInput | null {
    if (!isRecord(raw)) {
      const w = where('');
      return this.add('not-object', (m) => m.noCyclesList, w);
    }
    const id = this.text(raw, where, 'id', 'cycle');
    const title = this.text(raw, where, 'title', 'test', 'name');
    if (id === null) this.add('missing-field', (m) => m.missing(this.at(m, where('id')), 'id'), where('id'));
    if (title === null) this.add('missing-field', (m) => m.missing(this.at(m, where('title')), 'title'), where('title'));
    if (id && seen.has(id)) {
      const w = where('id');
      this.add('duplicate-id', (m) => m.duplicate(this.at(m, w), id), w, id);
    }
    if (id) seen.add(id);
    const start = this.date(raw, where, 'start');
    const end = this.date(raw, where, 'end');
    if (start && end && end.getTime() < start.getTime()) {
      const w = where('end');
      this.add('end-before-start', (m) => m.endBeforeStart(this.at(m, w)), w);
    }
    const scaleRaw = pick(raw, 'scale');
    let scale: PdsaScale | null = null;
    const scaleText = toText(scaleRaw.value);
    if (scaleText) {
      const key = scaleText.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
      scale = SCALE_WORDS[key] ?? SCALE_WORDS[key.replace(/ /g, '-')] ?? null;
      if (!scale && (PDSA_SCALES as readonly string[]).includes(key)) scale = key as PdsaScale;
      if (!scale) {
        const w = where(scaleRaw.key);
        this.add('bad-scale', (m) => m.badScale(this.at(m, w), scaleText), w, scaleText);
      }
    }
    const sitesRaw = pick(raw, 'sites', 'count');
    const sitesNum = toNumber(sitesRaw.value);
    let sites: number | null = null;
    if (sitesNum === undefined || (sitesNum !== null && (!Number.isInteger(sitesNum) || sitesNum < 1))) {
      const w = where(sitesRaw.key);
      this.add('bad-sites', (m) => m.badSites(this.at(m, w), sitesRaw.value), w, sitesRaw.value);
    } else sites = sitesNum;
    const decisionRaw = pick(raw, 'decision', 'act');
    const decisionText = toText(decisionRaw.value)?.toLowerCase() ?? null;
    let decision: PdsaDecision | null = null;
    if (decisionText) {
      const stem = decisionText.replace(/(ed|ion)$/, '').replace(/^adopt$|^adoptar$/, 'adopt').replace(/^adaptar$|^adapt$/, 'adapt').replace(/^abandon$|^abandonar$/, 'abandon');
      if ((PDSA_DECISIONS as readonly string[]).includes(stem)) decision = stem as PdsaDecision;
      else {
        const w = where(decisionRaw.key);
        this.add('bad-decision', (m) => m.badDecision(this.at(m, w), decisionText), w, decisionText);
      }
    }
    const metRaw = pick(raw, 'prediction-met', 'met');
    let predictionMet: boolean | null = null;
    if (typeof metRaw.value === 'boolean') predictionMet = metRaw.value;
    else {
      const t = toText(metRaw.value);
      if (t) {
        if (YES.test(t)) predictionMet = true;
        else if (NO.test(t)) predictionMet = false;
        else {
          const w = where(metRaw.key);
          this.add('bad-prediction-met', (m) => m.badMet(this.at(m, w), t), w, t);
        }
      }
    }
    const cycle: PdsaCycleInput = {
      id: id ?? '',
      change: this.text(raw, where, 'change', 'change-idea'),
      changeText: this.text(raw, where, 'change-text'),
      title: title ?? '',
      start,
      end,
      scale,
      sites,
      plan: this.text(raw, where, 'plan'),
      prediction: this.text(raw, where, 'prediction'),
      result: this.text(raw, where, 'result', 'do', 'study'),
      learned: this.text(raw, where, 'learned', 'learning'),
      decision,
      predictionMet,
    };
    const row = where('').row;
    if (row !== undefined) cycle.row = row;
    return cycle;
  }

  check(): void {
    if (this.total > 0) throw new OutcomeError(this.problems, this.total);
  }
}

/** The cycles list inside a value: `{ cycles: [...] }` (a PDSA log or a driver diagram document), or a bare array. */
export function cyclesIn(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (isRecord(value) && Array.isArray(value.cycles)) return value.cycles;
  return null;
}

/**
 * Reads and checks PDSA cycles: a JSON document `{ title, cycles: [...] }` (a driver diagram's
 * document works too), a bare array of cycles, or CSV rows (one per cycle). Every problem is
 * collected (the first ten listed) and thrown as one `OutcomeError` naming the row or path.
 */
export function readPdsaCycles(loaded: Loaded): { title: string | null; description: string | null; cycles: PdsaCycleInput[] } {
  const list = cyclesIn(loaded.value);
  if (!list) throw new OutcomeError(pdsaProblem('no-cycles', (m) => m.noCyclesList));
  const reader = new CycleReader();
  const seen = new Set<string>();
  const rows = loaded.format === 'csv' || (Array.isArray(loaded.value) && loaded.format === 'objects');
  const cycles: PdsaCycleInput[] = [];
  list.forEach((raw, i) => {
    const where = (field: string): Where => (rows ? { row: i + loaded.firstRow, field } : { path: `cycles[${i}]${field ? `.${field}` : ''}`, field });
    const c = reader.read(raw, where, seen);
    if (c) cycles.push(c);
  });
  reader.check();
  const doc = isRecord(loaded.value) ? loaded.value : {};
  return { title: toText(doc.title) ?? null, description: toText(doc.description) ?? null, cycles };
}
