import { z } from 'zod';
import { botAuthConfig, botAuthVariables } from './bot-auth';
import { deliveryProbeConfig, deliveryVariables } from './delivery';
import { demoConfig, demoVariables } from './demo';
import { directoryConfig, directoryVariables } from './directory';
import { graphVariables } from './graph';
import { httpConfig, httpVariables } from './http';
import { loggingConfig, loggingVariables } from './logging';
import { koladaConfig, koladaVariables } from './kolada';
import { planConfig, planVariables } from './plan';
import { addOnce, ConfigError, problemOfIssue, type ConfigProblem } from './problem';
import { calendarConfig, rhythmConfig, rhythmVariables } from './rhythm';
import { runtimeStateConfig, runtimeStateVariables } from './runtime-state';
import { serverConfig, serverVariables } from './server';
import { evidenceHostsConfig, storeConfig, storeVariables } from './store';
import { tabSsoConfig, tabSsoVariables } from './tab-sso';

/**
 * The only reader of `process.env`, one file per concern. Local mode needs nothing; production
 * mode refuses to start without bot identity and tenant, and names what is missing.
 */

export { ConfigError, type ConfigProblem } from './problem';
export type { BotCredentials } from './bot-auth';
export type { DeliveryProbeConfig } from './delivery';
export type { DirectoryConfig } from './directory';
export type { GraphAuth } from './graph';
export { DEFAULT_PLAN_FILE } from './plan';
export type { TrustedProxy } from './http';
export type { CalendarConfig, RhythmConfig } from './rhythm';
export type { RuntimeStoreConfig } from './runtime-state';
export type { StoreConfig } from './store';
export type { SsoConfig } from './tab-sso';

export type RawEnv = Record<string, string | undefined>;

/** Every variable Samordna reads, by concern. */
const envSchema = z.object({
  ...serverVariables,
  ...demoVariables,
  ...planVariables,
  ...koladaVariables,
  ...loggingVariables,
  ...botAuthVariables,
  ...rhythmVariables,
  ...tabSsoVariables,
  ...httpVariables,
  ...runtimeStateVariables,
  ...graphVariables,
  ...storeVariables,
  ...deliveryVariables,
  ...directoryVariables,
});

/** The names of every environment variable configuration reads (infra checks them). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

/**
 * The environment, read section by section. The problems are ordered as an operator fixes
 * them: the bot, the tab, runtime state, the demo, the public address, then what the Graph
 * credentials serve (store, delivery probe, calendar, directory), each missing variable once.
 */
const configSchema = envSchema.transform((env, context) => {
  const server = serverConfig(env);
  const demo = demoConfig(env);
  const plan = planConfig(env);
  const kolada = koladaConfig(env);
  const logging = loggingConfig(env);
  const bot = botAuthConfig(env);
  const sso = tabSsoConfig(env);
  const http = httpConfig(env);
  const rhythm = rhythmConfig(env);
  const runtimeStore = runtimeStateConfig(env);
  const store = storeConfig(env);
  const evidenceHosts = evidenceHostsConfig(env);
  const deliveryProbe = deliveryProbeConfig(env);
  const calendar = calendarConfig(env);
  const directory = directoryConfig(env);

  const problems: ConfigProblem[] = [
    ...bot.problems,
    ...sso.problems,
    ...runtimeStore.problems,
    ...demo.problems,
    ...server.problems,
    ...evidenceHosts.problems,
  ];
  for (const section of [store, deliveryProbe, calendar, directory])
    addOnce(problems, section.problems);
  for (const problem of problems) {
    context.addIssue({
      code: z.ZodIssueCode.custom,
      path: [problem.variable],
      message: problem.en,
      params: { problem },
    });
  }
  return Object.freeze({
    ...server.value,
    ...demo.value,
    ...plan.value,
    ...kolada.value,
    ...logging.value,
    ...bot.value,
    /** Meetings and reminders: local time zone, reminder time of day, scheduler tick interval. */
    rhythm: rhythm.value,
    /** Teams SSO validation for the tab API; null in local mode (the dev identity is used). */
    sso: sso.value,
    ...http.value,
    runtimeStore: runtimeStore.value,
    /** The system of record: embedded SQLite, or SharePoint lists via Graph. */
    store: store.value,
    /** The hosts an outcome's evidence link may point to; null: any *.sharepoint.com. */
    evidenceHosts: evidenceHosts.value,
    /** Whether interrupted sends are looked for through Graph before they are sent again. */
    deliveryProbe: deliveryProbe.value,
    /** The team's group calendar through Graph (SAMORDNA_CALENDAR_GROUP_ID); null locally. */
    calendar: calendar.value,
    /** Where Samordning finds people for "Personer": the demo users, Entra ID, or none. */
    directory: directory.value,
  });
});

/** Samordna's configuration: one type, inferred from the schema that reads it. */
export type Config = z.infer<typeof configSchema>;

/** Parses configuration from an environment map. Throws ConfigError naming every problem. */
export function loadConfig(source: RawEnv = process.env): Config {
  // An empty value means "not set": App Service passes settings left empty as empty strings.
  const set: RawEnv = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = configSchema.safeParse(set);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map(problemOfIssue));
  return parsed.data;
}
