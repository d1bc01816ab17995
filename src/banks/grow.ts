/**
 * The growth step of the banks' columnar buffers (entry batches, the index's slot store, the service's
 * pending PDQ rows): a new typed array of `length` elements that starts with the first `used` of `old`.
 *
 * Example:
 *   this.ids = grownCopy(this.ids, capacity, this.count);
 *   this.hashes = grownCopy(this.hashes, capacity * PDQ_WORDS, this.count * PDQ_WORDS);
 */
export function grownCopy<T extends Uint8Array | Int16Array | Uint32Array>(old: T, length: number, used: number): T {
  const next = new (old.constructor as new (length: number) => T)(length);
  next.set(old.subarray(0, used));
  return next;
}
