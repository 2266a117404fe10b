import type { ModelData } from 'highs';

export const INTEGER = 1;
export const CONTINUOUS = 0;
export const NO_LOWER = Number.NEGATIVE_INFINITY;

/** A MILP for HiGHS written a column and a row at a time, the matrix kept row-wise (CSR). */
export class MilpBuilder {
  cost: number[] = [];
  lower: number[] = [];
  upper: number[] = [];
  integrality: number[] = [];
  rowLower: number[] = [];
  rowUpper: number[] = [];
  starts: number[] = [0];
  indices: number[] = [];
  values: number[] = [];
  offset = 0;

  col(cost: number, lower: number, upper: number, type: number): number {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    this.integrality.push(type);
    return this.cost.length - 1;
  }

  row(cols: readonly number[], coefs: readonly number[] | number, lower: number, upper: number): void {
    cols.forEach((c, k) => {
      this.indices.push(c);
      this.values.push(typeof coefs === 'number' ? coefs : (coefs[k] ?? 0));
    });
    this.starts.push(this.indices.length);
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
  }

  data(): ModelData {
    const numCols = this.cost.length;
    const numRows = this.rowLower.length;
    return {
      numCols,
      numRows,
      offset: this.offset,
      colCost: Float64Array.from(this.cost),
      colLower: Float64Array.from(this.lower),
      colUpper: Float64Array.from(this.upper),
      rowLower: Float64Array.from(this.rowLower),
      rowUpper: Float64Array.from(this.rowUpper),
      matrix: {
        format: 'csr',
        numRows,
        numCols,
        starts: Int32Array.from(this.starts),
        indices: Int32Array.from(this.indices),
        values: Float64Array.from(this.values),
      },
      integrality: Int32Array.from(this.integrality),
    };
  }
}
