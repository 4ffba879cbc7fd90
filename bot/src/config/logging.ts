import { z } from 'zod';
import type { Section, VariablesOf } from './problem';

/** Logs and telemetry. */
export const loggingVariables = {
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Read by the Application Insights agent of App Service; config only reports whether it is set. */
  APPLICATIONINSIGHTS_CONNECTION_STRING: z.string().min(1).optional(),
};

type LoggingEnv = VariablesOf<typeof loggingVariables>;

export interface LoggingConfig {
  readonly logLevel: LoggingEnv['LOG_LEVEL'];
  /** Whether an Application Insights connection string is configured (the value is never kept). */
  readonly telemetry: boolean;
}

export function loggingConfig(env: LoggingEnv): Section<LoggingConfig> {
  return {
    value: {
      logLevel: env.LOG_LEVEL,
      telemetry: env.APPLICATIONINSIGHTS_CONNECTION_STRING !== undefined,
    },
    problems: [],
  };
}
