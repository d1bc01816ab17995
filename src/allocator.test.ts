import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allocatorStatus, GLIBC_TUNABLES_FOR_IMAGES } from "./allocator.js";

const root = new URL("../", import.meta.url);

describe("allocator tunables", () => {
  it("are set where the service is started: npm start and the Docker image", () => {
    const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toContain(GLIBC_TUNABLES_FOR_IMAGES);
    expect(pkg.scripts["bench:pdq"]).toContain(GLIBC_TUNABLES_FOR_IMAGES);
    const dockerfile = readFileSync(new URL("Dockerfile", root), "utf8");
    expect(dockerfile).toContain(`GLIBC_TUNABLES=${GLIBC_TUNABLES_FOR_IMAGES}`);
  });

  it("are reported as tuned only on glibc with an mmap threshold set", () => {
    const status = allocatorStatus({ GLIBC_TUNABLES: GLIBC_TUNABLES_FOR_IMAGES });
    expect(["glibc", "other"]).toContain(status.libc);
    expect(status.tuned).toBe(status.libc === "glibc");
    expect(allocatorStatus({}).tuned).toBe(false);
    expect(allocatorStatus({ GLIBC_TUNABLES: "glibc.malloc.arena_max=2" }).tuned).toBe(false);
  });
});
