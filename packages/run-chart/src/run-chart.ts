import { property } from 'lit/decorators.js';
import { RUN_CHART_ATTRIBUTES, type RunChartModel, type RunChartOptions, type RunChartOptionsInput } from '@outcome-kit/core';
import { OutcomeElement, optionsFromProperties } from '@outcome-kit/elements';

/**
 * `<outcome-run-chart>`: is this change an improvement, or noise? A measure over time with its
 * median (frozen on a baseline when asked, recomputed in each phase), the run-chart rules (IHI:
 * shift, trend, too few or too many runs, astronomical point; or Anhøj: unusually long run, too few
 * crossings), the goal, and the changes (PDSA cycles) marked where they began. Points that signal
 * are drawn with their own shape and named in the summary and the table, never by colour alone.
 *
 * Data columns: `x` (dates, school years such as `2023-24`, months such as `2024-03`, numbers or
 * labels), `y` (the measure; a blank is a gap), and optionally `phase`, `change` and `description`.
 *
 * @tagname outcome-run-chart
 * @summary A run chart with its median and the run-chart rules, for interim measures.
 * @fires outcome-render - The model was analysed and drawn. `detail`: the run-chart model (points, medians, signals).
 * @fires outcome-error - Bad data, bad options, or the file could not be loaded. `detail`: `{ message, code, field, row, problems, total }`.
 */
export class OutcomeRunChart extends OutcomeElement<RunChartOptions, RunChartModel> {
  /** Field holding the time (x) value. */
  @property() x = 'x';

  /** Field holding the measure (y) value. */
  @property() y = 'y';

  /** Which run-chart rules to apply: `ihi` (Institute for Healthcare Improvement) or `anhoej` (Anhøj). */
  @property() rules = 'ihi';

  /** Freeze the median on the first N points (the baseline) and extend it; empty for a median of every point. */
  @property() baseline = '';

  /** X values where a new phase begins, comma-separated (`2024-01,2024-08`); each phase gets its own median. */
  @property() phases = '';

  /** Which way is better: `up` or `down`. Without it signals are reported without a direction. */
  @property() direction = '';

  /** The goal, drawn as a line (`15` or `15%`). */
  @property() goal = '';

  /** Fewest useful points before the rules are applied. */
  @property({ attribute: 'min-points' }) minPoints = '10';

  /** How to read and show y: `number` or `percent` (`85%` and `85` both mean 85 percent). */
  @property({ attribute: 'y-format' }) yFormat = 'number';

  /** Changes (PDSA cycles) as JSON: `[{"x":"2024-10","label":"Attendance letters"}]`. A `change` column in the data works too. */
  @property() changes = '';

  /** The x axis title. Default: "Date" for dates, else the x field's name. */
  @property({ attribute: 'x-label' }) xLabel = '';

  /** The y axis title, e.g. "Chronic absence rate". Default: the y field's name. */
  @property({ attribute: 'y-label' }) yLabel = '';

  protected override widget() {
    return import('./widget.js').then((m) => m.widget);
  }

  protected override analysisOptions(): RunChartOptionsInput {
    return optionsFromProperties(this, RUN_CHART_ATTRIBUTES);
  }
}
