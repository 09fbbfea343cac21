// Linux App Service plan and the web app that runs CrampBot on .NET 10.
// HTTPS only, TLS 1.2 at least, no FTP, no basic publishing credentials, a health check on /healthz, WebSockets on
// (the web chat widget's Direct Line stream).

@description('Azure region for the plan and the web app.')
param location string

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app; its host name is <name>.azurewebsites.net.')
param webAppName string

@description('App Service plan SKU, e.g. B1, S1, P0v3. Free (F1) cannot keep the bot always on.')
param planSku string

@description('Number of instances the plan runs the web app on.')
@minValue(1)
param instanceCount int

@description('Resource id of the user-assigned managed identity the web app runs as.')
param identityId string

@description('App settings as name/value pairs. Secrets appear only as @Microsoft.KeyVault(...) references.')
param appSettings object

@description('Tags applied to every resource.')
param tags object

// Free and shared plans do not support Always On; the bot must stay warm to answer Teams within 15 s.
var supportsAlwaysOn = !contains(['F1', 'D1'], toUpper(planSku))

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
    capacity: instanceCount
  }
  properties: {
    // Required for a Linux plan.
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Key Vault references resolve with the user-assigned identity (there is no system-assigned one).
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      // The widget's Direct Line stream is a WebSocket (GET /v3/directline/conversations/{id}/stream).
      webSocketsEnabled: true
      alwaysOn: supportsAlwaysOn
      healthCheckPath: '/healthz'
      appSettings: [for setting in items(appSettings): {
        name: setting.key
        value: setting.value
      }]
    }
  }
}

// Deployments go through Entra ID (az webapp deploy), never through FTP or SCM user/password.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Default host name of the web app, e.g. crampbot-abc.azurewebsites.net.')
output hostName string = webApp.properties.defaultHostName

@description('Name of the web app.')
output name string = webApp.name
