// CrampBot on Azure: a .NET 10 web app on Linux App Service behind Azure Bot Service (Teams + Direct Line),
// with a user-assigned managed identity, Key Vault for secrets, blob storage for state and Application Insights.
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

@description('Azure Bot pricing tier: F0 (free) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name the bot shows in Azure and channels.')
@maxLength(42)
param botDisplayName string = 'CrampBot'

@description('Origins (https://host) allowed to embed the Direct Line web chat. Empty: the web app itself.')
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
var appPasswordSecretName = 'MicrosoftAppPassword'
var directLineSecretName = 'DirectLineSecret'

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

// Setting names are the Bot Framework SDK's own (MicrosoftAppType, MicrosoftAppId, ...); '__' is the
// ASP.NET Core configuration section separator in environment variables.
var keyVaultReferencePrefix = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName='
var baseSettings = {
  MicrosoftAppType: microsoftAppType
  MicrosoftAppId: botAppId
  MicrosoftAppTenantId: botTenantId
  // Lets Azure.Identity's DefaultAzureCredential pick the user-assigned identity (storage, Key Vault, MSI tokens).
  AZURE_CLIENT_ID: identity.outputs.clientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  ASPNETCORE_ENVIRONMENT: 'Production'
  Storage__Blob__ServiceUri: storage.outputs.blobEndpoint
  Storage__Blob__ContainerName: storage.outputs.containerName
  DirectLine__Secret: '${keyVaultReferencePrefix}${directLineSecretName})'
}
var passwordSettings = isManagedIdentity ? {} : {
  MicrosoftAppPassword: '${keyVaultReferencePrefix}${appPasswordSecretName})'
}

module appService 'modules/appService.bicep' = {
  name: 'appService'
  params: {
    location: location
    planName: planName
    webAppName: webAppName
    planSku: appServicePlanSku
    identityId: identity.outputs.id
    appSettings: union(baseSettings, passwordSettings)
    tags: tags
  }
  dependsOn: [
    bot
    appPassword
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
