// CrampBot on Azure: a .NET 10 web app on Linux App Service behind Azure Bot Service (Teams + Direct Line),
// with a user-assigned managed identity, Key Vault for secrets, blob storage for state and Application Insights;
// on more than one instance, an Azure Cache for Redis carries Direct Line announcements between the instances.
// Every app setting below is one CrampBot reads (CrampBot.Deployment.Tests starts the app with exactly these).
// Deploy into an existing resource group:  az deployment group create -g <rg> -f main.bicep -p main.bicepparam
// No secret has a default here: the only secret parameter (microsoftAppPassword) must be given at deploy time.
targetScope = 'resourceGroup'

@description('Short lowercase prefix for every resource name (letters and digits, starting with a letter).')
@minLength(3)
@maxLength(12)
param baseName string = 'crampbot'

@description('Azure region for the regional resources (the bot registration itself is global).')
param location string = resourceGroup().location

@description('How the bot authenticates to Azure Bot Service: UserAssignedMSI (recommended, no secret) or SingleTenant (an Entra app registration with a client secret).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param microsoftAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the app registration\'s Application (client) ID. Ignored for UserAssignedMSI, where the identity\'s client id is the app id.')
param microsoftAppId string = ''

@description('SingleTenant only: the Entra tenant of the app registration. Defaults to the deployment\'s tenant.')
param microsoftAppTenantId string = tenant().tenantId

@secure()
@description('SingleTenant only: the app registration\'s client secret, stored in Key Vault. Give an empty string for UserAssignedMSI, or to set the secret in Key Vault yourself.')
param microsoftAppPassword string

@description('App Service plan SKU (B1 or larger; F1/D1 cannot keep the bot warm).')
param appServicePlanSku string = 'B1'

@description('Instances of the web app (the plan\'s capacity; B1 allows 3, S1 10, P1v3 30). Above 1, an Azure Cache for Redis is created and wired.')
@minValue(1)
@maxValue(30)
param instanceCount int = 1

@description('Azure Cache for Redis tier, used only when instanceCount > 1: Basic (one node, no SLA), Standard (with a replica) or Premium.')
@allowed([
  'Basic'
  'Standard'
  'Premium'
])
param redisSku string = 'Standard'

@description('Azure Cache for Redis size, used only when instanceCount > 1: 0-6 for Basic/Standard (C0-C6), 1-5 for Premium.')
@minValue(0)
@maxValue(6)
param redisCapacity int = 0

@description('The clinician who reviewed the content version this deployment serves, as patients read it ("Dr A. Example, GP"). Production refuses to start without a review.')
param contentReviewer string

@description('The day of the clinical review (yyyy-MM-dd).')
param contentReviewedOn string

@description('The last day the clinical review counts (yyyy-MM-dd); after it Production refuses to start.')
param contentNextReviewDate string

@description('The content version that was reviewed: metadata.version of CrampBot/Content/leg-cramps.content.json.')
param contentReviewedVersion string

@description('Serve unreviewed or overdue content anyway (each answer then says it is not checked by a clinician). Only for test deployments.')
param contentAllowUnreviewed bool = false

@description('Azure Bot pricing tier: F0 (free) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name the bot shows in Azure and channels.')
@maxLength(42)
param botDisplayName string = 'CrampBot'

@description('Clinic sites (https://host) that embed the web chat widget: CORS origins of CrampBot\'s Direct Line and trusted origins of Azure\'s. Empty: the web app\'s own pages only.')
param webChatOrigins array = []

@description('DNS suffix of App Service default host names; change only in sovereign clouds.')
param appServiceDomainSuffix string = 'azurewebsites.net'

@description('Days to keep logs and telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Key Vault purge protection. Keep true in production; false lets a test deployment be deleted and re-created under the same name.')
param enableKeyVaultPurgeProtection bool = true

@description('Tags applied to every resource.')
param tags object = {
  application: 'CrampBot'
}

// Names: unique per resource group and prefix, within each resource type's length and character rules.
var suffix = uniqueString(subscription().id, resourceGroup().id, baseName)
var identityName = 'id-${baseName}-${suffix}'
var planName = 'asp-${baseName}-${suffix}'
var webAppName = '${baseName}-${suffix}'
var botName = '${baseName}-bot-${suffix}'
var workspaceName = 'log-${baseName}-${suffix}'
var appInsightsName = 'appi-${baseName}-${suffix}'
var keyVaultName = take('kv-${take(baseName, 8)}-${suffix}', 24)
var storageAccountName = take(toLower('st${baseName}${suffix}'), 24)
var stateContainerName = 'crampbot-state'
var redisName = 'redis-${baseName}-${suffix}'
var appPasswordSecretName = 'MicrosoftAppPassword'
var directLineSecretName = 'DirectLineSecret'
var redisConfigurationSecretName = 'RedisConfiguration'
var isScaledOut = instanceCount > 1

// The web app's host name is known before it exists, so the bot (and the Direct Line key in Key Vault)
// can be created first and the web app starts with every Key Vault reference resolvable.
var webAppHostName = '${webAppName}.${appServiceDomainSuffix}'
var messagingEndpoint = 'https://${webAppHostName}/api/messages'
var isManagedIdentity = microsoftAppType == 'UserAssignedMSI'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    identityName: identityName
    tags: tags
  }
}

var botAppId = isManagedIdentity ? identity.outputs.clientId : microsoftAppId
var botTenantId = isManagedIdentity ? identity.outputs.tenantId : microsoftAppTenantId

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: workspaceName
    appInsightsName: appInsightsName
    retentionInDays: logRetentionInDays
    tags: tags
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    keyVaultName: keyVaultName
    readerIdentityName: identityName
    enablePurgeProtection: enableKeyVaultPurgeProtection
    tags: tags
  }
  dependsOn: [
    identity
  ]
}

module appPassword 'modules/keyVaultSecret.bicep' = if (!isManagedIdentity && !empty(microsoftAppPassword)) {
  name: 'appPassword'
  params: {
    keyVaultName: keyVaultName
    secretName: appPasswordSecretName
    secretValue: microsoftAppPassword
  }
  dependsOn: [
    keyVault
  ]
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    storageAccountName: storageAccountName
    containerName: stateContainerName
    contributorIdentityName: identityName
    tags: tags
  }
  dependsOn: [
    identity
  ]
}

module redis 'modules/redis.bicep' = if (isScaledOut) {
  name: 'redis'
  params: {
    location: location
    redisName: redisName
    skuName: redisSku
    capacity: redisCapacity
    keyVaultName: keyVaultName
    configurationSecretName: redisConfigurationSecretName
    tags: tags
  }
  dependsOn: [
    keyVault
  ]
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botName: botName
    displayName: botDisplayName
    sku: botSku
    appType: microsoftAppType
    appId: botAppId
    appTenantId: botTenantId
    identityId: identity.outputs.id
    messagingEndpoint: messagingEndpoint
    webChatOrigins: empty(webChatOrigins) ? ['https://${webAppHostName}'] : webChatOrigins
    keyVaultName: keyVaultName
    directLineSecretName: directLineSecretName
    tags: tags
  }
  dependsOn: [
    keyVault
  ]
}

// Setting names are the Bot Framework SDK's own (MicrosoftAppType, MicrosoftAppId, ...) and CrampBot's configuration
// keys; '__' is the ASP.NET Core configuration section separator in environment variables.
var keyVaultReferencePrefix = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName='
var baseSettings = {
  MicrosoftAppType: microsoftAppType
  MicrosoftAppId: botAppId
  MicrosoftAppTenantId: botTenantId
  // Lets Azure.Identity's DefaultAzureCredential (the Blob store) pick the user-assigned identity.
  AZURE_CLIENT_ID: identity.outputs.clientId
  // CrampBot exports traces, metrics and logs through Azure.Monitor.OpenTelemetry.AspNetCore when this is set.
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  ASPNETCORE_ENVIRONMENT: 'Production'
  // TLS ends at App Service's front end: X-Forwarded-Proto tells the app the request was https, so the widget is
  // given a wss:// stream URL (a ws:// one is blocked on an https page).
  ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'true'
  // State in Blob Storage with the managed identity, at any instance count: durable, no key, soft delete.
  Storage__Provider: 'Blob'
  Storage__Blob__ServiceUri: storage.outputs.blobEndpoint
  Storage__Blob__ContainerName: storage.outputs.containerName
  DirectLine__Secret: '${keyVaultReferencePrefix}${directLineSecretName})'
  // Production serves only content a clinician has reviewed, in this version and before its next review date.
  Content__Reviewer: contentReviewer
  Content__ReviewedOn: contentReviewedOn
  Content__NextReviewDate: contentNextReviewDate
  Content__ReviewedVersion: contentReviewedVersion
  Content__AllowUnreviewed: string(contentAllowUnreviewed)
}
var passwordSettings = isManagedIdentity ? {} : {
  MicrosoftAppPassword: '${keyVaultReferencePrefix}${appPasswordSecretName})'
}
// The clinic sites that embed the widget may call CrampBot's Direct Line from the browser (CORS).
var corsSettings = empty(webChatOrigins) ? {} : {
  WebChat__AllowedOrigins: join(webChatOrigins, ',')
}
// Several instances: Direct Line activities are announced between them through Redis (the state stays in Blob).
var scaleOutSettings = isScaledOut ? {
  Storage__Redis__Configuration: '${keyVaultReferencePrefix}${redisConfigurationSecretName})'
} : {}

module appService 'modules/appService.bicep' = {
  name: 'appService'
  params: {
    location: location
    planName: planName
    webAppName: webAppName
    planSku: appServicePlanSku
    instanceCount: instanceCount
    identityId: identity.outputs.id
    appSettings: union(baseSettings, passwordSettings, corsSettings, scaleOutSettings)
    tags: tags
  }
  dependsOn: [
    bot
    appPassword
    redis
  ]
}

@description('Name of the web app to deploy the CrampBot build to (az webapp deploy).')
output webAppName string = appService.outputs.name

@description('Host name of the web app: the DOMAIN argument of teams/make-package.sh.')
output webAppHostName string = appService.outputs.hostName

@description('The bot\'s messaging endpoint registered in Azure Bot Service.')
output messagingEndpoint string = messagingEndpoint

@description('The bot\'s Microsoft App ID: the APP_ID argument of teams/make-package.sh.')
output microsoftAppId string = botAppId

@description('Name of the Azure Bot resource.')
output botName string = bot.outputs.name

@description('Name of the Key Vault holding the secrets.')
output keyVaultName string = keyVault.outputs.name
