/** Invented student-group figures for the gap-chart stories (an illustrative district, 2024-25). */

/** English Language Arts, distance from standard (points), with last year's status. */
export const ELA_GROUPS = [
  { group: 'ALL', value: -28.4, prior: -31.0, n: 5210 },
  { group: 'EL', value: -72.5, prior: -70.1, n: 1480 },
  { group: 'LTEL', value: -118.6, prior: -121.9, n: 312 },
  { group: 'SWD', value: -98.3, prior: -101.2, n: 690 },
  { group: 'SED', value: -45.2, prior: -49.0, n: 3650 },
  { group: 'HI', value: -44.0, prior: -47.3, n: 3310 },
  { group: 'AA', value: -60.8, prior: -58.2, n: 240 },
  { group: 'WH', value: 12.4, prior: 10.1, n: 820 },
  { group: 'AS', value: 38.9, prior: 35.0, n: 410 },
  { group: 'FI', value: 20.3, prior: 24.8, n: 95 },
  { group: 'MR', value: 5.1, prior: 1.2, n: 160 },
  { group: 'AI', value: -40.3, prior: null, n: 14 },
  { group: 'FOS', value: -110.2, prior: -104.0, n: 22 },
  { group: 'HOM', value: -85.0, prior: -92.5, n: 48 },
  // 8 students: removed in the analysis for privacy, so no view shows it.
  { group: 'PI', value: -20.0, prior: -15.0, n: 8 },
];

/** Chronic absenteeism rate (percent; lower is better). */
export const CHRONIC_GROUPS = [
  { group: 'ALL', value: '24.1%', prior: '28.9%', n: 6020 },
  { group: 'EL', value: '27.9%', prior: '31.2%', n: 1610 },
  { group: 'SWD', value: '35.6%', prior: '37.0%', n: 760 },
  { group: 'SED', value: '29.8%', prior: '34.3%', n: 4210 },
  { group: 'AA', value: '38.4%', prior: '36.1%', n: 260 },
  { group: 'HI', value: '27.2%', prior: '32.5%', n: 3820 },
  { group: 'WH', value: '15.4%', prior: '18.9%', n: 930 },
  { group: 'AS', value: '6.1%', prior: '9.0%', n: 450 },
  { group: 'FOS', value: '44.0%', prior: '51.0%', n: 25 },
  { group: 'HOM', value: '41.2%', prior: '40.5%', n: 68 },
];

/** A custom local measure: percent of grade 3 students reading at benchmark (higher is better). */
export const LOCAL_GROUPS = [
  { group: 'All Students', value: 61, prior: 55, n: 1200 },
  { group: 'English Learners', value: 38, prior: 30, n: 400 },
  { group: 'Students with Disabilities', value: 29, prior: 27, n: 150 },
  { group: 'Socioeconomically Disadvantaged', value: 52, prior: 47, n: 780 },
];

/** Rows with a bad value in row 3, for the error state. */
export const BAD_GROUPS = [
  { group: 'ALL', value: -28.4, prior: -31.0, n: 5210 },
  { group: 'EL', value: 'about -70', prior: -70.1, n: 1480 },
];

/** Four-year graduation rate (percent; higher is better), a high school district. */
export const GRAD_GROUPS = [
  { group: 'ALL', value: '86.2%', prior: '84.9%', n: 1840 },
  { group: 'EL', value: '71.5%', prior: '66.0%', n: 260 },
  { group: 'SWD', value: '68.9%', prior: '70.2%', n: 210 },
  { group: 'SED', value: '82.7%', prior: '80.1%', n: 1290 },
  { group: 'HI', value: '84.0%', prior: '82.2%', n: 1110 },
  { group: 'WH', value: '91.3%', prior: '90.8%', n: 420 },
  { group: 'AS', value: '96.4%', prior: '95.0%', n: 150 },
  { group: 'AA', value: '79.2%', prior: '81.0%', n: 48 },
  { group: 'FOS', value: '58.8%', prior: '', n: 17 },
  { group: 'HOM', value: '70.6%', prior: '64.0%', n: 34 },
  // 6 students: removed in the analysis for privacy.
  { group: 'PI', value: '83.3%', prior: '80.0%', n: 6 },
];
