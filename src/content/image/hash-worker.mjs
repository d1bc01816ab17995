// Entry of a hashing worker thread (hash-pool.ts). Node 20 worker threads do not inherit tsx's module
// hooks from the main thread (not even with `node --import tsx`), so register them here, then load
// the TypeScript task handler. Plain JavaScript because nothing can compile TypeScript before this.
import { register } from "tsx/esm/api";

register();
const { runHashTask } = await import("./image-hashes.ts");

export default runHashTask;
