/**
 * The C allocator behind image decoding. libvips (via sharp) allocates each decoded image (3 MB for a
 * 1 MP photo) with malloc; glibc serves blocks over 128 kB with a fresh mmap and unmaps them on free,
 * so every decode page-faults its output in again. On the 2-core VM we measure on this made a 1 MP JPEG
 * decode cost 14 ms of CPU instead of 8.5 ms (119 k against 41 k page faults over 210 decodes;
 * jemalloc measured the same as the tuned glibc). The fix needs no library: glibc's own tunables keep
 * such blocks in the heap (mmap threshold 32 MB; decoded images up to ~10 MP stay below it) and keep
 * up to 128 MB of freed heap top instead of trimming it after every image.
 *
 * glibc reads GLIBC_TUNABLES once at process start, so it is set where the process is started:
 * package.json's `start` script and the Dockerfile's ENV (allocator.test.ts checks both carry
 * GLIBC_TUNABLES_FOR_IMAGES). The service logs a warning when it runs on glibc without them.
 *
 * Example:
 *   allocatorStatus()   // { libc: "glibc", tuned: true }
 */
export const GLIBC_TUNABLES_FOR_IMAGES = "glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=134217728";

export interface AllocatorStatus {
  /** "glibc" on glibc Linux; "other" elsewhere (musl, macOS, Windows), where the tunables do not apply. */
  libc: "glibc" | "other";
  /** True when GLIBC_TUNABLES sets an mmap threshold (ours or an operator's own). */
  tuned: boolean;
}

export function allocatorStatus(env: NodeJS.ProcessEnv = process.env): AllocatorStatus {
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  const libc = header?.glibcVersionRuntime ? "glibc" : "other";
  return { libc, tuned: libc === "glibc" && /glibc\.malloc\.mmap_threshold=/.test(env.GLIBC_TUNABLES ?? "") };
}
