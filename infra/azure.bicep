// Samordna on Azure: App Service (Linux, Node 24 LTS), Azure Bot (single-tenant, Teams channel),
// a user-assigned managed identity shared by every Azure credential, Key Vault (RBAC) for the
// secrets and the certificate, a Storage account whose Tables hold runtime state, and
// Application Insights. Deployed by m365agents.yml (provision) with
// infra/azure.parameters.<env>.json; see infra/README.md.
//
// Names of parameters and outputs are checked against m365agents.yml, the env files and
// bot/src/config/ by tests/unit/infra/infra-consistency.test.ts.

targetScope = 'resourceGroup'

@description('Environment name: dev or prod. Used in resource names and tags.')
@allowed(['dev', 'prod'])
param environmentName string

@description('Short prefix for resource names (letters and digits).')
@minLength(3)
@maxLength(12)
param resourceBaseName string = 'samordna'

@description('Azure region for every resource except the Bot (global).')
param location string = resourceGroup().location

@description('App Service plan SKU: B1 is enough for dev; P1v3 (zone redundant) for prod.')
param appServiceSku string = 'B1'

@description('App Service instances. The server is stateless; runtime state is in Tables.')
@minValue(1)
param instanceCount int = 1

@description('Entra ID tenant of the bot and the tab (Malmö stad).')
param botTenantId string = tenant().tenantId

@description('Client id of the bot app registration (SingleTenant) or of the managed identity (UserAssignedMSI).')
param botAadAppClientId string

@description('SingleTenant: app registration with a secret in Key Vault. UserAssignedMSI: the managed identity is the bot (no secret).')
@allowed(['SingleTenant', 'UserAssignedMSI'])
param botAppType string = 'SingleTenant'

@description('Client id of the tab SSO app registration (AAD_APP_CLIENT_ID).')
param aadAppClientId string

@description('Optional Entra group ids that map to the Samordning and HR roles (app roles are the primary mapping).')
param samordnaGroupSamordning string = ''
param samordnaGroupHr string = ''

@description('Optional: the samordningsgrupp team\'s Microsoft 365 group id; its group calendar is then read through Graph (needs Calendars.ReadBasic, see infra/README.md). Empty: off.')
param samordnaCalendarGroupId string = ''

@description('Comma-separated host names an outcome\'s evidence link may point to (empty: the SharePoint site\'s tenant and its OneDrive).')
param samordnaEvidenceHosts string = ''

@description('SharePoint site that holds the Samordna lists, e.g. https://malmostad.sharepoint.com/sites/samordna.')
param sharepointSiteUrl string

@description('How the server authenticates to Microsoft Graph. managed-identity needs no secret (Sites.Selected granted to the identity).')
@allowed(['managed-identity', 'certificate', 'secret'])
param graphAuth string = 'managed-identity'

@description('Client id of the Graph app registration when graphAuth is certificate or secret; empty for managed-identity.')
param graphClientId string = ''

@description('graphAuth = certificate only: path of the PEM key file on the host (see infra/README.md); empty otherwise.')
param graphCertificatePath string = ''

@description('Time of the daily reminder check (HH:mm, Europe/Stockholm).')
param samordnaReminderTime string = '09:00'

@description('Tab API requests per minute per user.')
param samordnaTabApiRateLimit int = 120

@description('The Teams app manifest id (the delivery probe finds a user\'s installation by it).')
param teamsAppId string

@description('off: a reminder cut short by a crash is resent (at-least-once for that message); graph: looked for through Graph first (exactly once). graph needs the permissions in infra/README.md, section "Exactly once".')
@allowed(['off', 'graph'])
param samordnaDeliveryProbe string = 'off'

@description('Object id of the person or pipeline that may manage Key Vault secrets (Key Vault Secrets Officer); empty to skip.')
param keyVaultAdminObjectId string = ''

var suffix = uniqueString(resourceGroup().id, environmentName)
var name = '${resourceBaseName}-${environmentName}'
var tags = { app: 'samordna', environment: environmentName }
var roles = {
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  keyVaultCertificateUser: 'db79e9a7-68ee-4b58-9aeb-b90e7c24fcba'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
  tags: tags
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 90
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-ai'
  location: location
  kind: 'web'
  tags: tags
  properties: {
    Application_Type: 'Node.JS'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: false
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('${resourceBaseName}${environmentName}kv${suffix}', 24)
  location: location
  tags: tags
  properties: {
    tenantId: botTenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource vaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, roles.keyVaultSecretsUser)
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

resource vaultCertificateUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, roles.keyVaultCertificateUser)
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultCertificateUser)
  }
}

resource vaultAdmin 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(keyVaultAdminObjectId)) {
  scope: vault
  name: guid(vault.id, keyVaultAdminObjectId, roles.keyVaultSecretsOfficer)
  properties: {
    principalId: keyVaultAdminObjectId
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsOfficer)
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('${resourceBaseName}${environmentName}${suffix}', 24)
  location: location
  tags: tags
  sku: { name: environmentName == 'prod' ? 'Standard_ZRS' : 'Standard_LRS' }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, roles.storageTableDataContributor)
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: appServiceSku, capacity: instanceCount }
  properties: { reserved: true }
}

var publicUrl = 'https://${name}-${suffix}.azurewebsites.net'
var botAuth = botAppType == 'UserAssignedMSI' ? 'managed-identity' : 'secret'
var kvSecret = '@Microsoft.KeyVault(VaultName=${vault.name};SecretName='

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: '${name}-${suffix}'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'node --enable-source-maps dist/server/main.js'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: [
        { name: 'SAMORDNA_MODE', value: 'production' }
        { name: 'SAMORDNA_PUBLIC_URL', value: publicUrl }
        { name: 'SAMORDNA_DATA_DIR', value: '/home/data' }
        { name: 'SAMORDNA_TAB_DIR', value: './tab/dist' }
        { name: 'LOG_LEVEL', value: 'info' }
        { name: 'BOT_ID', value: botAadAppClientId }
        { name: 'BOT_TENANT_ID', value: botTenantId }
        { name: 'BOT_AUTH', value: botAuth }
        { name: 'SECRET_BOT_PASSWORD', value: botAppType == 'SingleTenant' ? '${kvSecret}bot-password)' : '' }
        { name: 'AAD_APP_CLIENT_ID', value: aadAppClientId }
        { name: 'AAD_APP_ID_URI', value: 'api://${name}-${suffix}.azurewebsites.net/${aadAppClientId}' }
        { name: 'SAMORDNA_GROUP_SAMORDNING', value: samordnaGroupSamordning }
        { name: 'SAMORDNA_GROUP_HR', value: samordnaGroupHr }
        { name: 'SAMORDNA_CALENDAR_GROUP_ID', value: samordnaCalendarGroupId }
        { name: 'SAMORDNA_EVIDENCE_HOSTS', value: samordnaEvidenceHosts }
        { name: 'SAMORDNA_STORE', value: 'sharepoint' }
        { name: 'SHAREPOINT_SITE_URL', value: sharepointSiteUrl }
        { name: 'GRAPH_AUTH', value: graphAuth }
        { name: 'GRAPH_CLIENT_ID', value: graphAuth == 'managed-identity' ? identity.properties.clientId : graphClientId }
        { name: 'GRAPH_TENANT_ID', value: botTenantId }
        { name: 'GRAPH_CERTIFICATE_PATH', value: graphCertificatePath }
        { name: 'SECRET_GRAPH_CLIENT_SECRET', value: graphAuth == 'secret' ? '${kvSecret}graph-client-secret)' : '' }
        { name: 'SAMORDNA_RUNTIME_STORE', value: 'azure-tables' }
        { name: 'AZURE_TABLES_ENDPOINT', value: storage.properties.primaryEndpoints.table }
        { name: 'MANAGED_IDENTITY_CLIENT_ID', value: identity.properties.clientId }
        { name: 'SAMORDNA_REMINDER_TIME', value: samordnaReminderTime }
        { name: 'SAMORDNA_TIME_ZONE', value: 'Europe/Stockholm' }
        { name: 'SAMORDNA_TAB_API_RATE_LIMIT', value: string(samordnaTabApiRateLimit) }
        // App Service's front end adds the caller's address to X-Forwarded-For; believe only it.
        { name: 'SAMORDNA_TRUSTED_PROXY', value: 'app-service' }
        { name: 'SAMORDNA_DELIVERY_PROBE', value: samordnaDeliveryProbe }
        { name: 'TEAMS_APP_ID', value: teamsAppId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
        // Linux takes the Node version from linuxFxVersion; this is its Windows counterpart,
        // kept equal so the two never disagree (checked by infra-consistency.test.ts).
        { name: 'WEBSITE_NODE_DEFAULT_VERSION', value: '~24' }
        // Zip deploy uploads the built app without node_modules; App Service installs the
        // production dependencies on Linux (better-sqlite3 is native).
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
        { name: 'CUSTOM_BUILD_COMMAND', value: 'npm ci --omit=dev' }
      ]
    }
  }
  dependsOn: [vaultSecretsUser, tableContributor]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  tags: tags
  sku: { name: environmentName == 'prod' ? 'S1' : 'F0' }
  kind: 'azurebot'
  properties: {
    displayName: environmentName == 'prod' ? 'Samordna' : 'Samordna (${environmentName})'
    endpoint: '${publicUrl}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: botAppType
    msaAppTenantId: botTenantId
    msaAppMSIResourceId: botAppType == 'UserAssignedMSI' ? identity.id : null
    disableLocalAuth: false
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

// Outputs: m365agents.yml writes them to infra/env/.env.<env> (non-secret values only).
output BOT_DOMAIN string = web.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${web.properties.defaultHostName}'
output SAMORDNA_PUBLIC_URL string = publicUrl
output AAD_APP_ID_URI string = 'api://${web.properties.defaultHostName}/${aadAppClientId}'
output AZURE_APP_SERVICE_RESOURCE_ID string = web.id
output AZURE_BOT_RESOURCE_ID string = bot.id
output AZURE_KEY_VAULT_NAME string = vault.name
output AZURE_TABLES_ENDPOINT string = storage.properties.primaryEndpoints.table
output MANAGED_IDENTITY_CLIENT_ID string = identity.properties.clientId
output MANAGED_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
