# syntax=docker/dockerfile:1
# Multi-stage build of the TFGBV Guard service. Models ship inside the image (models/); nothing is fetched at run time.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
# onnxruntime-node-install=skip in .npmrc: the CPU binaries are in the package, no CUDA download.
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev && npm cache clean --force

FROM node:20-bookworm-slim AS runtime
# GLIBC_TUNABLES: keep decoded images' memory in the heap instead of mmap/munmap per image (src/allocator.ts).
ENV NODE_ENV=production \
    GLIBC_TUNABLES=glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=134217728 \
    GUARD_HOST=0.0.0.0 \
    GUARD_PORT=8080 \
    GUARD_DATA_DIR=/var/lib/guard
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY models ./models
RUN rm -rf models/train models/convert \
 && groupadd --system guard && useradd --system --gid guard --home-dir /app --shell /usr/sbin/nologin guard \
 && mkdir -p /var/lib/guard && chown guard:guard /var/lib/guard
USER guard
EXPOSE 8080
VOLUME ["/var/lib/guard"]
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.GUARD_PORT||8080)+'/livez').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "tsx", "src/main.ts"]
