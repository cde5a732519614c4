/** Invented interim measures for the run-chart stories. */

/** Monthly chronic absence rate (%), two school years, with the two changes the district tested. */
export const CHRONIC_MONTHLY = [
  { month: '2023-08', rate: 24.1 },
  { month: '2023-09', rate: 22.8 },
  { month: '2023-10', rate: 23.5 },
  { month: '2023-11', rate: 25.2 },
  { month: '2023-12', rate: 24.0 },
  { month: '2024-01', rate: 22.6 },
  { month: '2024-02', rate: 23.9 },
  { month: '2024-03', rate: 24.7 },
  { month: '2024-04', rate: 23.1 },
  { month: '2024-05', rate: 25.0 },
  { month: '2024-08', rate: 23.4 },
  { month: '2024-09', rate: 24.4 },
  { month: '2024-10', rate: 22.9, change: 'Attendance letters rewritten (PDSA 1)' },
  { month: '2024-11', rate: 21.7 },
  { month: '2024-12', rate: 21.0 },
  { month: '2025-01', rate: 20.2, change: 'Family outreach calls (PDSA 2)' },
  { month: '2025-02', rate: 19.6 },
  { month: '2025-03', rate: 18.8 },
  { month: '2025-04', rate: 18.1 },
  { month: '2025-05', rate: 17.5 },
];

/** Weekly percent of grade 9 students with no failing grade: random variation, no signal. */
export const ON_TRACK_WEEKLY = [71, 74, 69, 73, 72, 70, 75, 71, 73, 68, 72, 74, 70, 73, 71, 72].map((y, i) => ({
  week: `Week ${i + 1}`,
  percent: y,
}));

/** Two phases: before and after a new tutoring schedule (a new median in each). */
export const TUTORING_PHASES = [
  ...[48, 52, 50, 47, 51, 49, 53, 50, 48, 52].map((y, i) => ({ week: i + 1, attended: y, phase: 'Before' })),
  ...[58, 61, 57, 60, 62, 59, 61, 63, 60, 62].map((y, i) => ({ week: i + 11, attended: y, phase: 'New schedule' })),
];

/** Only five points so far: the rules wait for more. */
export const FEW_POINTS = CHRONIC_MONTHLY.slice(0, 5);

/** Row 4 (as a spreadsheet counts, header = row 1) has a value that is not a number. */
export const BAD_POINTS = [
  { month: '2024-08', rate: 23.4 },
  { month: '2024-09', rate: 24.4 },
  { month: '2024-10', rate: 'n/a – closed' },
];

/** Weekly percent of students with an attendance plan: a clear shift up after week 10. */
export const SHIFT_WEEKLY = [41, 44, 39, 43, 40, 45, 42, 38, 44, 41, 47, 49, 46, 50, 48, 51, 47, 49].map((y, i) => ({ week: i + 1, percent: y }));

/** Monthly family-conference attendance: a trend of 6 rising months. */
export const TREND_MONTHLY = [
  ['2024-08', 31], ['2024-09', 35], ['2024-10', 30], ['2024-11', 33], ['2024-12', 32], ['2025-01', 34],
  ['2025-02', 36], ['2025-03', 39], ['2025-04', 41], ['2025-05', 44], ['2025-06', 47],
].map(([month, percent]) => ({ month, percent }));

/** Days to close a referral: 10 low then 10 high values, so only 2 runs (too few for 20 points). */
export const TOO_FEW_RUNS = [5, 6, 4, 5, 6, 5, 4, 6, 5, 4, 9, 10, 8, 9, 11, 10, 9, 8, 10, 9].map((y, i) => ({ week: i + 1, days: y }));
