/** Environment → typed configuration, validated once at start-up. */
import { resolve } from 'node:path';
import { z } from 'zod';
import { compileTrustedProxies } from './security/client-ip.ts';

const Flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const EnvSchema = z.object({
  CALLBOARD_DATA_DIR: z.string().default('./data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  CALLBOARD_HOST: z.string().default('0.0.0.0'),
  CALLBOARD_PUBLIC_URL: z.url().optional(),
  CALLBOARD_ADMIN_PASSWORD: z.string().min(10, 'CALLBOARD_ADMIN_PASSWORD needs at least 10 characters').optional(),
  CALLBOARD_DEMO: Flag.default(true),
  CALLBOARD_SQLITE_SYNC: z.enum(['FULL', 'NORMAL']).default('NORMAL'),
  CALLBOARD_SECURE_COOKIES: Flag.default(false),
  CALLBOARD_CONTACT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  CALLBOARD_METRICS_TOKEN: z.string().min(16, 'CALLBOARD_METRICS_TOKEN needs at least 16 characters').optional(),
  // Comma-separated addresses or CIDR ranges (or proxy-addr's names: loopback, linklocal, uniquelocal).
  CALLBOARD_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .refine(
      (list) => {
        try {
          compileTrustedProxies(list);
          return true;
        } catch {
          return false;
        }
      },
      { message: 'CALLBOARD_TRUSTED_PROXIES holds something that is not an IP address, a CIDR range or loopback/linklocal/uniquelocal' },
    ),
});

export interface Config {
  dataDir: string;
  port: number;
  host: string;
  publicUrl: string | null;
  adminPassword: string | undefined;
  demo: boolean;
  sqliteSync: 'FULL' | 'NORMAL';
  secureCookies: boolean;
  /** Days after which a visitor's optional name and phone number are erased. */
  contactRetentionDays: number;
  /** Reverse proxies whose X-Forwarded-For is believed for the client's address (none by default). */
  trustedProxies: string[];
  /** When set, GET /metrics wants `Authorization: Bearer <token>`. */
  metricsToken: string | null;
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`invalid configuration:\n${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  return {
    dataDir: resolve(e.CALLBOARD_DATA_DIR),
    port: e.PORT,
    host: e.CALLBOARD_HOST,
    publicUrl: e.CALLBOARD_PUBLIC_URL ?? null,
    adminPassword: e.CALLBOARD_ADMIN_PASSWORD,
    demo: e.CALLBOARD_DEMO,
    sqliteSync: e.CALLBOARD_SQLITE_SYNC,
    secureCookies: e.CALLBOARD_SECURE_COOKIES,
    contactRetentionDays: e.CALLBOARD_CONTACT_RETENTION_DAYS,
    trustedProxies: e.CALLBOARD_TRUSTED_PROXIES,
    metricsToken: e.CALLBOARD_METRICS_TOKEN ?? null,
  };
}
