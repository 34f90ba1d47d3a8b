/** A growable array of 32-bit integers. */
export class IntegerList {
	private values = new Int32Array(1024);
	length = 0;

	push(value: number): void {
		if (this.length === this.values.length) {
			const grown = new Int32Array(this.values.length * 2);
			grown.set(this.values);
			this.values = grown;
		}
		this.values[this.length++] = value;
	}

	get(position: number): number {
		return this.values[position] ?? 0;
	}

	/** The values pushed, as an array of their own. */
	toArray(): Int32Array {
		return this.values.slice(0, this.length);
	}
}
