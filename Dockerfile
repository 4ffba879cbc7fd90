# Samordna as a container: an alternative host to App Service zip deploy (infra/README.md).
#   docker build -t samordna .
#   docker run --env-file prod.env -p 8080:8080 -v samordna-data:/data samordna
# Configuration comes from the environment only (bot/src/config.ts); no secrets in the image.

# Node 24 LTS, as on App Service (infra/azure.bicep); every stage uses the same image, so
# better-sqlite3 is compiled for the Node that runs it.
ARG NODE_IMAGE=node:24-bookworm-slim

# --- build: all dependencies, the tab (Vite) and the server bundle (esbuild) ---
FROM ${NODE_IMAGE} AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:deploy

# --- deps: production dependencies only; better-sqlite3 is compiled from source here ---
FROM ${NODE_IMAGE} AS deps
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# Compiled against the Node 24 headers infra/sqlite-nodedir.sh names (it says why), as in CI.
COPY infra/sqlite-nodedir.sh /tmp/
ENV npm_config_build_from_source=true
RUN nodedir="$(/tmp/sqlite-nodedir.sh /tmp/node-headers)" \
 && npm_config_nodedir="$nodedir" npm ci --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# --- runtime: no compiler, no dev dependencies, runs as the unprivileged "node" user ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    SAMORDNA_MODE=production \
    PORT=8080 \
    SAMORDNA_DATA_DIR=/data \
    SAMORDNA_TAB_DIR=/app/tab/dist
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --from=build --chown=root:root /app/tab/dist ./tab/dist
# The shipped plan file, imported at startup unless SAMORDNA_PLAN_FILE names another (decision 0021).
COPY --from=build --chown=root:root /app/bot/src/domain/catalog/plans ./bot/src/domain/catalog/plans
COPY --chown=root:root package.json ./
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# main.ts drains in-flight requests and closes the stores on SIGTERM.
STOPSIGNAL SIGTERM
CMD ["node", "--enable-source-maps", "dist/server/main.js"]
