// Key Vault in RBAC mode for CrampBot's secrets. The web app reads them through Key Vault references
// (@Microsoft.KeyVault(...)) with its user-assigned identity, so no secret is ever an app setting value.

@description('Azure region for the vault.')
param location string

@description('Name of the Key Vault (3-24 characters, globally unique).')
param keyVaultName string

@description('Name of the existing user-assigned identity (same resource group) that may read secrets.')
param readerIdentityName string

@description('Prevents permanent deletion during the retention period; cannot be turned off once on.')
param enablePurgeProtection bool

@description('Tags applied to every resource.')
param tags object

// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

// Referenced by name so the role assignment's name is known before deployment (precise what-if).
resource reader 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: readerIdentityName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // ARM accepts only true or null here: null leaves purge protection off.
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource secretsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, reader.id, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: reader.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the vault.')
output name string = vault.name

@description('Resource id of the vault.')
output id string = vault.id
