// The security settings as read from flags and the environment; nothing is loaded from disk here.

export interface SecuritySettings {
  /** PORTLIGHT_TOKEN: a bearer token for scripts, and the password on the login page. */
  token?: string;
  /** A file holding one scrypt hash line (from hash-password.js): the login page's password. */
  passwordFile?: string;
  tlsCert?: string;
  tlsKey?: string;
  /** Extra page origins allowed to open the WebSocket, e.g. https://dash.example.com. */
  allowedOrigins?: string[];
}

export interface SecurityFlags {
  'password-file'?: string;
  'tls-cert'?: string;
  'tls-key'?: string;
  'allowed-origins'?: string;
}

/** The parseArgs options behind SecurityFlags. There is no --token flag: a flag shows in `ps`. */
export const SECURITY_OPTIONS = {
  'password-file': { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  'allowed-origins': { type: 'string' },
} as const;

export const SECURITY_HELP = `  --password-file <path>  a password hash for the login page [PORTLIGHT_PASSWORD_FILE];
                          make one with \`node dist/relay/hash-password.js > file\`
                          (or set PORTLIGHT_TOKEN: a bearer token for scripts and the login page)
  --tls-cert <path>       serve HTTPS and WSS with this PEM certificate [PORTLIGHT_TLS_CERT]
  --tls-key <path>        ... and this PEM private key [PORTLIGHT_TLS_KEY]
  --allowed-origins <list> comma-separated page origins, besides the relay's own, that may open
                          the WebSocket [PORTLIGHT_ALLOWED_ORIGINS]
`;

export function readSecuritySettings(flags: SecurityFlags, env: NodeJS.ProcessEnv): SecuritySettings {
  const origins = flags['allowed-origins'] ?? env['PORTLIGHT_ALLOWED_ORIGINS'] ?? '';
  return {
    token: env['PORTLIGHT_TOKEN'] || undefined,
    passwordFile: flags['password-file'] ?? (env['PORTLIGHT_PASSWORD_FILE'] || undefined),
    tlsCert: flags['tls-cert'] ?? (env['PORTLIGHT_TLS_CERT'] || undefined),
    tlsKey: flags['tls-key'] ?? (env['PORTLIGHT_TLS_KEY'] || undefined),
    allowedOrigins: origins.split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''),
  };
}
