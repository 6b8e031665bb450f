# License Desk: the bot (Teams /api/messages, Slack /slack/events, /healthz) on Node 22 LTS.
# Build:  docker build -t license-desk .
# Run:    docker run -p 3978:3978 --env-file .env license-desk   (settings: .env.example, docs/deploy.md)

# --- Stage 1: compile TypeScript with the dev dependencies ---------------------------------
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY bot ./bot
COPY cards ./cards
COPY services ./services
COPY bench ./bench
RUN npx tsc -p tsconfig.build.json

# --- Stage 2: production dependencies only, run as the unprivileged `node` user ------------
FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978 \
    PLAYGROUND=off \
    LOG_FORMAT=json
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The demo tenant, for GRAPH_MODE=simulator (a trial run of the image); unused against real Graph.
COPY services/tenant-simulator/demo-tenant.json ./services/tenant-simulator/demo-tenant.json
USER node
EXPOSE 3978
# From inside the container, so /healthz answers with details (loopback); exit 1 when degraded.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/bot/main.js"]
