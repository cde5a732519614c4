import { property } from 'lit/decorators.js';
import { GAP_CHART_ATTRIBUTES, type GapModel, type GapOptions, type GapOptionsInput } from '@outcome-kit/core';
import { OutcomeElement, optionsFromProperties } from '@outcome-kit/elements';

/**
 * `<outcome-gap-chart>`: which student groups are left behind on an indicator, and is the gap
 * closing? Each group is a dot (this year) joined to its prior-year dot, against a reference line
 * (All Students by default). Dots carry the California School Dashboard colour, a distinct shape
 * for each colour and the level's name; groups with `suppress-below` or fewer students are removed
 * in the analysis, so no view can show them. Reads plain rows or a CDE Dashboard download file.
 *
 * @tagname outcome-gap-chart
 * @summary Student-group gaps with California School Dashboard levels and colours.
 * @fires outcome-render - The model was analysed and drawn. `detail`: the gap model.
 * @fires outcome-error - Bad data, bad options, or the file could not be loaded. `detail`: `{ message, code, field, row, problems, total }`.
 */
export class OutcomeGapChart extends OutcomeElement<GapOptions, GapModel> {
  /** Dashboard indicator: `ela`, `math`, `elpi`, `chronic`, `susp`, `grad`, `cci`, `science`, or `custom`. */
  @property() indicator = 'custom';

  /** The reference line: `all` (All Students), `highest` (the highest group shown), `state:<value>`, or a group code such as `WH`. */
  @property() reference = 'all';

  /** Field holding the student group (a CDE code such as `EL`, or a name). */
  @property() group = 'group';

  /** Field holding this year's status. */
  @property() value = 'value';

  /** Field holding last year's status. */
  @property() prior = 'prior';

  /** Field holding the number of students (the current denominator). */
  @property() n = 'n';

  /** Groups with this many students or fewer are removed for privacy. */
  @property({ attribute: 'suppress-below' }) suppressBelow = '10';

  /** Fewest students for a Dashboard colour (Foster Youth and Homeless: 15). */
  @property({ attribute: 'min-color-n' }) minColorN = '30';

  /** Keep only the rows of this district or school (by name), when the data holds several. */
  @property() entity = '';

  /** Keep only this CDS code (for CDE Dashboard download files). */
  @property() cds = '';

  /** Fewest students for a Dashboard colour for Foster Youth and Homeless. */
  @property({ attribute: 'min-color-n-foster-homeless' }) minColorNFosterHomeless = '15';

  /** ELA and Math: use the high-school (grade 11) cut points instead of grades 3–8. */
  @property({ attribute: 'high-school', type: Boolean }) highSchool = false;

  /** Suspension: which cut-point table (`UD` unified district, `ES`/`MS`/`HS` schools, …). */
  @property({ attribute: 'suspension-table' }) suspensionTable = '';

  /** A gap that moves by no more than this is "steady" (default: the indicator's Maintained band). */
  @property({ attribute: 'steady-within' }) steadyWithin = '';

  /** The Dashboard year whose rules apply to plain rows (`2017f`, `2018`, `2022`…`2025`); a CDE file's own year wins. Default: the latest rules. */
  @property({ attribute: 'dashboard-year' }) dashboardYear = '';

  /** Whose rules apply to plain rows: `school`, `lea` (a district, county office or charter) or `state`; a CDE file's own type wins. */
  @property({ attribute: 'entity-type' }) entityType = '';

  /** Order of the groups: `gap` (furthest behind first), `value`, `group`, `none`. */
  @property() sort = 'gap';

  /** Custom indicators only: `higher` or `lower` is better. */
  @property() direction = '';

  /** Custom indicators only: `percent`, `points` or `dfs`. */
  @property() unit = '';

  protected override widget() {
    return import('./widget.js').then((m) => m.widget);
  }

  protected override analysisOptions(): GapOptionsInput {
    return optionsFromProperties(this, GAP_CHART_ATTRIBUTES);
  }
}
