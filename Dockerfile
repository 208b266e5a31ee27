# Dealflow app image: one image, three processes (docker-compose.yml picks one per service):
#   npm run api         HTTP API on :3000 (the default CMD)
#   npm run worker      Temporal worker
#   npm run db:migrate  prisma migrate deploy, one-shot
FROM node:20-bookworm-slim

# openssl: Prisma detects the platform with it and its native schema engine (used by
# `migrate deploy`) links libssl; the slim image has neither. ca-certificates: TLS for the
# engine download during `npm ci`.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends openssl ca-certificates \
 && rm -rf /var/lib/apt/lists/*

ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    CHECKPOINT_DISABLE=1 \
    SCARF_ANALYTICS=false

WORKDIR /app

# Dependencies first: this layer is reused until package.json or the lockfile changes.
# The Temporal core bridge ships macOS and Windows binaries too (~90 MB); drop those.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit \
 && npm cache clean --force \
 && find node_modules/@temporalio/core-bridge/releases -mindepth 1 -maxdepth 1 -type d ! -name '*-linux-gnu' -exec rm -rf {} +

COPY . .
# Writes prisma/generated (the WASM client); needs no database. Then web/dist, which the API serves at /.
RUN npm run db:generate \
 && npm run web:build

# The image's `node` user, by id (Kubernetes' runAsNonRoot needs a numeric user).
USER 1000:1000
EXPOSE 3000
CMD ["npm", "run", "api"]
