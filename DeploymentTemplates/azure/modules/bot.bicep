// Azure Bot Service registration for CrampBot with the Microsoft Teams and Direct Line channels.
// The Direct Line key, created by Azure, is copied into Key Vault so the web app can use it by reference.

@description('Name of the Azure Bot resource (the bot handle).')
param botName string

@description('Name shown for the bot in Azure and in channels.')
param displayName string

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param sku string

@description('UserAssignedMSI (the bot is the managed identity) or SingleTenant (an Entra app registration).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string

@description('The bot\'s Microsoft App ID: the identity\'s client id or the app registration\'s id.')
param appId string

@description('Entra tenant of the app id.')
param appTenantId string

@description('Resource id of the user-assigned identity; used only when appType is UserAssignedMSI.')
param identityId string

@description('HTTPS messaging endpoint, https://<web app host>/api/messages.')
param messagingEndpoint string

@description('Origins allowed to use the Direct Line web chat site, e.g. https://clinic.example.org.')
param webChatOrigins array

@description('Name of the Key Vault that receives the Direct Line key.')
param keyVaultName string

@description('Name of the Key Vault secret that holds the Direct Line key.')
param directLineSecretName string

@description('Tags applied to every resource.')
param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  // Bot registrations are global; only the web app has a region.
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: appTenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityId : null
    publicNetworkAccess: 'Enabled'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'CrampBot web chat'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          // Enhanced authentication: tokens only for the trusted origins below.
          isSecureSiteEnabled: true
          trustedOrigins: webChatOrigins
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

module directLineSecret 'keyVaultSecret.bicep' = {
  name: 'directLineSecret'
  params: {
    keyVaultName: keyVaultName
    secretName: directLineSecretName
    secretValue: directLineChannel.listChannelWithKeys().setting.sites[0].key
  }
}

@description('Resource id of the bot.')
output id string = bot.id

@description('Name of the bot.')
output name string = bot.name
