# syntax=docker/dockerfile:1
# Loa's production image: the API (NestJS on Fastify) under /api, serving the built web app at /,
# on port 3000. With DATABASE_URL it uses that PostgreSQL (docker-compose.yml runs one);
# without it, it starts its embedded PostgreSQL in LOA_DATA_DIR. See docs/operations.md.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- manifests: every package.json and the lock file, nothing else, so that the dependency
# layer below is rebuilt only when they change (and a new workspace needs no edit here)
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json -delete \
 && find . -depth -type d -empty -delete

# ---- build: install every dependency, build the API and the web app, drop dev dependencies
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true
COPY --from=manifests /app ./
RUN npm ci --no-audit --no-fund

COPY . .
# API → apps/api/dist/apps/api/src/main.js; web app → apps/web/dist. Then keep only what runs.
RUN npx nx run-many -t build -p @loa/api @loa/web --outputStyle=static \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf .nx

# ---- runtime: the built workspace, production dependencies only, as the unprivileged `node` user
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production PORT=3000 LOA_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app /app
# Uploaded files (and the embedded PostgreSQL, when no DATABASE_URL is given) live in /data.
RUN mkdir -p /data && chown node:node /data
USER node

EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# main.ts applies pending migrations, then listens; it stops cleanly on SIGTERM (docker stop).
CMD ["node", "apps/api/dist/apps/api/src/main.js"]
