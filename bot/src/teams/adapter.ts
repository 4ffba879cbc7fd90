import { readFileSync } from 'node:fs';
import { CertificateServiceClientCredentialsFactory } from 'botframework-connector';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { BotCredentials } from '../config';

/**
 * Builds botbuilder's CloudAdapter (the Teams AI TeamsAdapter subclass).
 * With no credentials (local mode) botbuilder accepts unauthenticated requests,
 * which is what the Agents Playground sends; production configuration always has
 * an app id, so every request's Bot Framework JWT is validated.
 */
export function createAdapter(bot: BotCredentials): TeamsAdapter {
  switch (bot.kind) {
    case 'none':
      return new TeamsAdapter({});
    case 'secret':
      return new TeamsAdapter({
        MicrosoftAppId: bot.appId,
        MicrosoftAppPassword: bot.password,
        MicrosoftAppTenantId: bot.tenantId,
        MicrosoftAppType: 'SingleTenant',
      });
    case 'certificate':
      return new TeamsAdapter(
        {
          MicrosoftAppId: bot.appId,
          MicrosoftAppTenantId: bot.tenantId,
          MicrosoftAppType: 'SingleTenant',
        },
        new CertificateServiceClientCredentialsFactory(
          bot.appId,
          bot.thumbprint,
          readFileSync(bot.privateKeyPath, 'utf8'),
          bot.tenantId,
        ),
      );
    case 'managed-identity':
      return new TeamsAdapter({
        MicrosoftAppId: bot.appId,
        MicrosoftAppTenantId: bot.tenantId,
        MicrosoftAppType: 'UserAssignedMSI',
      });
  }
}
