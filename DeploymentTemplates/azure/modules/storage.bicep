// Storage account for conversation and user state (for the Azure Blob storage provider).
// Shared-key access is off: CrampBot reaches the blobs with its managed identity, so no connection string exists.

@description('Azure region for the account.')
param location string

@description('Name of the storage account (3-24 lowercase letters and digits, globally unique).')
param storageAccountName string

@description('Name of the blob container that holds state documents.')
param containerName string

@description('Name of the existing user-assigned identity (same resource group) that reads and writes state.')
param contributorIdentityName string

@description('Tags applied to every resource.')
param tags object

// Built-in role "Storage Blob Data Contributor": read, write and delete blobs.
var blobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

// Referenced by name so the role assignment's name is known before deployment (precise what-if).
resource contributor 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: contributorIdentityName
}

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: containerName
  properties: {
    publicAccess: 'None'
  }
}

resource stateWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, contributor.id, blobDataContributorRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataContributorRoleId)
    principalId: contributor.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Blob service endpoint, e.g. https://<account>.blob.core.windows.net/.')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('Name of the state container.')
output containerName string = container.name
