// Append-only typed arrays for builders: millions of numbers without a JS array of boxed values.
// Capacity grows by half again each time (not doubling) to keep the peak of a copy lower.

const grow = (capacity: number): number => Math.max(1024, Math.ceil(capacity * 1.5));

/** An append-only Uint32Array. */
export class GrowableUint32Array {
  private data = new Uint32Array(0);
  length = 0;

  /** Appends one value (truncated to u32 like any Uint32Array store). */
  push(value: number): void {
    if (this.length === this.data.length) this.reserve(grow(this.length));
    this.data[this.length++] = value;
  }

  /** Overwrites the value at `index` (< length). */
  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** Makes room for at least `capacity` values in all. */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const bigger = new Uint32Array(capacity);
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }

  /** The values so far, as a view that later pushes may detach from. */
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

/** An append-only Float64Array (integers up to 2^53 exactly, e.g. byte offsets past 4 GiB). */
export class GrowableFloat64Array {
  private data = new Float64Array(0);
  length = 0;

  /** Appends one value. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(grow(this.length));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The values so far, as a view that later pushes may detach from. */
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}
