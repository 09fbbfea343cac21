// The user-assigned managed identity CrampBot runs as: it is the bot's Microsoft App ID when
// MicrosoftAppType is UserAssignedMSI, and it reads Key Vault secrets and the state storage in every mode.

@description('Azure region for the identity.')
param location string

@description('Name of the user-assigned managed identity.')
param identityName string

@description('Tags applied to every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
  tags: tags
}

@description('Resource id of the identity (the bot\'s msaAppMSIResourceId).')
output id string = identity.id

@description('Client id of the identity (the bot\'s MicrosoftAppId in UserAssignedMSI mode).')
output clientId string = identity.properties.clientId

@description('Tenant of the identity.')
output tenantId string = identity.properties.tenantId
