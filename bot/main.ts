/**
 * `npm start`: the bot on the embedded defaults (tenant simulator with the demo tenant, in-process
 * Cosmos), or on real Graph and Cosmos when `.env` says so. Bad configuration exits 2 naming the keys,
 * and so does a production configuration that would run unauthenticated (see production-guard).
 */
import { ConfigError, loadConfig, readEnvironment } from './config';
import { createLogger } from './logger';
import { prettyLogStream } from './pretty-log-stream';
import { installProcessGuard } from './process-guard';
import { productionRefusals } from './production-guard';
import { startApp } from './app';
import { startPlayground, type RunningPlayground } from './playground/start-playground';
import { LicensePricesError } from '../services/licensing/reclaim/license-prices';
import { TenantFileError } from '../services/tenant-simulator/tenant-file';

async function main(): Promise<void> {
  let config;
  const env = readEnvironment();
  try {
    config = loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nSee .env.example for every setting.\n`);
      process.exit(2);
    }
    throw e;
  }
  const refusals = productionRefusals(config, env);
  if (refusals.length > 0) {
    process.stderr.write(`Refusing to start:\n${refusals.map((r) => `  - ${r}`).join('\n')}\n`);
    process.exit(2);
  }
  const pretty = config.logFormat === 'pretty' || (config.logFormat === 'auto' && process.stdout.isTTY);
  const logger = createLogger(config.logLevel, pretty ? prettyLogStream(process.stdout) : undefined);
  installProcessGuard(logger);
  let app;
  try {
    app = await startApp(config, logger, { host: config.host, devServicesThread: config.localServices === 'thread' });
  } catch (e) {
    if (e instanceof TenantFileError || e instanceof LicensePricesError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    logger.fatal({ err: e }, 'could not start');
    process.exit(1);
  }
  logger.info({ url: `${app.url}/api/messages` }, 'bot endpoint (Teams / Bot Framework)');
  logger.info({ url: `${app.url}/healthz` }, 'health');
  const simulatorUrl = app.simulator?.url ?? app.devServices?.simulatorUrl;
  if (simulatorUrl)
    logger.info(
      { url: `${simulatorUrl}/v1.0`, thread: app.devServices ? 'own' : 'the bot’s' },
      'Graph: tenant simulator (state in memory; restarts from the tenant file)',
    );
  logger.info(
    { store: app.stores.describe },
    app.stores.embedded
      ? 'store: embedded Cosmos DB, memory only: requests and audit are lost on exit'
      : 'store: Cosmos DB',
  );
  if (!config.bot.appId) logger.warn('Bot Framework auth is OFF (no MicrosoftAppId): local use only');
  let playground: RunningPlayground | undefined;
  // Only against the simulator with auth off: the playground acts as a directory admin, unsigned.
  const simulatedTenant = app.simulator?.state ?? app.devServices?.tenant;
  if (config.playground.enabled && simulatedTenant && !config.bot.appId) {
    const started = await startPlayground({
      botEndpoint: `${app.url}/api/messages`,
      port: config.playground.port,
      tenant: simulatedTenant,
      logger,
    });
    if (started.ok) {
      playground = started.playground;
      logger.info(
        { url: playground.url },
        'Agents Playground (Teams-like chat, as the tenant admin): open in a browser',
      );
    }
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    (playground?.close() ?? Promise.resolve())
      .then(() => app.close())
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
