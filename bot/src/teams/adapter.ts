import { readFileSync } from 'node:fs';
import {
  AuthenticationConstants,
  AuthenticationError,
  CertificateServiceClientCredentialsFactory,
  type ServiceClientCredentialsFactory,
} from 'botframework-connector';
import { CallerIdConstants } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { BotCredentials } from '../config/bot-auth';

type AuthSettings = Record<string, string | boolean>;
type AdapterSettings = ConstructorParameters<typeof TeamsAdapter>[0];

/**
 * TeamsAdapter that fails closed: botbuilder turns some token problems (a bad signature, a
 * token not yet valid, a malformed token) into a plain Error, which CloudAdapter answers
 * with 500. Every failure while authenticating a request is a refusal here (401), so a
 * forged token never looks like a server fault and never reaches the app.
 */
class FailClosedTeamsAdapter extends TeamsAdapter {
  constructor(settings: AdapterSettings, credentialsFactory?: ServiceClientCredentialsFactory) {
    super(settings, credentialsFactory);
    const auth = this.botFrameworkAuthentication;
    const authenticate = auth.authenticateRequest.bind(auth);
    auth.authenticateRequest = async (activity, authHeader) => {
      try {
        return await authenticate(activity, authHeader);
      } catch (error) {
        if (error instanceof AuthenticationError) throw error;
        throw new AuthenticationError('Unauthorized. The token could not be validated.', 401);
      }
    };
  }
}

/**
 * The public-cloud Bot Framework settings with the OpenID metadata (signing keys) taken
 * from `openIdMetadataUrl`. botbuilder takes every setting from the configuration as soon
 * as one is given, so all of them are spelled out; only the metadata URLs differ.
 */
function metadataOverride(openIdMetadataUrl: string | null): AuthSettings {
  if (openIdMetadataUrl === null) return {};
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/**
 * Builds botbuilder's CloudAdapter (the Teams AI TeamsAdapter subclass).
 * With no credentials (local mode) botbuilder accepts unauthenticated requests,
 * which is what the Agents Playground sends. Production configuration always has
 * an app id, so every request's Bot Framework JWT is validated: there is no switch.
 * `openIdMetadataUrl` (SAMORDNA_BOT_OPENID_METADATA_URL) only changes where the
 * signing keys come from, for tests with a local key; validation stays on.
 */
export function createAdapter(
  bot: BotCredentials,
  openIdMetadataUrl: string | null = null,
): TeamsAdapter {
  const metadata = metadataOverride(openIdMetadataUrl);
  switch (bot.kind) {
    case 'none':
      return new TeamsAdapter({});
    case 'secret':
      return new FailClosedTeamsAdapter({
        ...metadata,
        MicrosoftAppId: bot.appId,
        MicrosoftAppPassword: bot.password,
        MicrosoftAppTenantId: bot.tenantId,
        MicrosoftAppType: 'SingleTenant',
      });
    case 'certificate':
      return new FailClosedTeamsAdapter(
        {
          ...metadata,
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
      return new FailClosedTeamsAdapter({
        ...metadata,
        MicrosoftAppId: bot.appId,
        MicrosoftAppTenantId: bot.tenantId,
        MicrosoftAppType: 'UserAssignedMSI',
      });
  }
}
