// Writes one secret into the Key Vault. A module of its own so that the secure value
// travels only as a @secure() parameter and never appears in deployment outputs or history.

@description('Name of the existing Key Vault.')
param keyVaultName string

@description('Name of the secret.')
param secretName string

@secure()
@description('Value of the secret.')
param secretValue string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: secretName
  properties: {
    value: secretValue
    contentType: 'text/plain'
  }
}

@description('Name of the secret.')
output name string = secret.name
