// The relay's settings, from flags first, then the environment, then defaults.
import { parseArgs } from 'node:util';
import { DEFAULT_DOCKER_HOST } from './docker/docker-host.js';
import { isLogLevel, type LogLevel } from './log.js';
import { USAGE_SAMPLER_CHOICES, type UsageSamplerChoice } from './usage/sampler-choice.js';
import { readSecuritySettings, SECURITY_HELP, SECURITY_OPTIONS, type SecuritySettings } from './auth/security-settings.js';

export interface RelayConfig {
  host: string;
  port: number;
  dockerHost: string;
  dockerTlsVerify: boolean;
  dockerCertPath: string | undefined;
  logLevel: LogLevel;
  staticRoot: string;
  /** How container usage is read; absent means auto. */
  usageSampler?: UsageSamplerChoice;
  /** Authentication, TLS and allowed origins; absent means none (loopback only). */
  security?: SecuritySettings;
}

export class ConfigError extends Error {
  readonly code = 'BAD_CONFIG';
}

export const HELP = `Usage: portlight [options]

A live view of a Docker host, served to browsers over WebSocket.

Options (each also read from the environment variable in brackets):
  --host <address>        address to listen on [PORTLIGHT_HOST] (default 127.0.0.1)
  --port <number>         port to listen on [PORTLIGHT_PORT] (default 8080; 0 picks a free port)
  --docker-host <url>     the Docker engine [DOCKER_HOST] (default ${DEFAULT_DOCKER_HOST});
                          unix://, tcp:// (TLS with DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH), ssh://
  --log-level <level>     debug, info, warn or error [PORTLIGHT_LOG_LEVEL] (default info)
  --usage-sampler <how>   auto, cgroup or docker-api [PORTLIGHT_USAGE_SAMPLER] (default auto: cgroup
                          files when the relay can read the engine host's, else the stats API)
${SECURITY_HELP}  --help                  show this help
`;

export function readConfig(argv: string[], env: NodeJS.ProcessEnv, defaultStaticRoot: string): RelayConfig | 'help' {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        'docker-host': { type: 'string' },
        'log-level': { type: 'string' },
        'usage-sampler': { type: 'string' },
        'static-root': { type: 'string' },
        help: { type: 'boolean' },
        ...SECURITY_OPTIONS,
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}\n\n${HELP}`);
  }
  if (values.help) return 'help';
  const portText = values.port ?? env['PORTLIGHT_PORT'] ?? '8080';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new ConfigError(`port must be a number from 0 to 65535, got "${portText}"`);
  const logLevel = values['log-level'] ?? env['PORTLIGHT_LOG_LEVEL'] ?? 'info';
  if (!isLogLevel(logLevel)) throw new ConfigError(`log level must be debug, info, warn or error, got "${logLevel}"`);
  const usageSampler = values['usage-sampler'] ?? env['PORTLIGHT_USAGE_SAMPLER'] ?? 'auto';
  if (!isUsageSamplerChoice(usageSampler)) throw new ConfigError(`usage sampler must be auto, cgroup or docker-api, got "${usageSampler}"`);
  const tlsVerify = env['DOCKER_TLS_VERIFY'];
  return {
    host: values.host ?? env['PORTLIGHT_HOST'] ?? '127.0.0.1',
    port,
    dockerHost: values['docker-host'] ?? (env['DOCKER_HOST'] || DEFAULT_DOCKER_HOST),
    dockerTlsVerify: tlsVerify !== undefined && tlsVerify !== '' && tlsVerify !== '0',
    dockerCertPath: env['DOCKER_CERT_PATH'] || undefined,
    logLevel,
    staticRoot: values['static-root'] ?? env['PORTLIGHT_STATIC_ROOT'] ?? defaultStaticRoot,
    usageSampler,
    security: readSecuritySettings(values, env),
  };
}

function isUsageSamplerChoice(value: string): value is UsageSamplerChoice {
  return (USAGE_SAMPLER_CHOICES as readonly string[]).includes(value);
}
