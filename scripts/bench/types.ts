/** One measured figure, with its budget (an upper bound) or its floor (a lower bound) when it has one. */
export interface BenchRow {
  label: string;
  value: number;
  unit: string;
  budget?: number;
  floor?: number;
}

/** Whether the row misses its budget or its floor. */
export const missesTarget = (row: BenchRow): boolean =>
  (row.budget !== undefined && row.value > row.budget) || (row.floor !== undefined && row.value < row.floor);
