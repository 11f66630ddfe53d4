/** One measured figure, with its budget when it has one. */
export interface BenchRow {
  label: string;
  value: number;
  unit: string;
  budget?: number;
}
