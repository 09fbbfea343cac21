// Azure Cache for Redis, created only when the web app runs on more than one instance: the instances announce new
// Direct Line activities to each other through it (pub/sub), so a reply posted on one instance reaches a stream open
// on another. State stays in Blob Storage. TLS only (port 6380); the access key never becomes an app setting value:
// the whole StackExchange.Redis configuration string goes into Key Vault and the web app reads it by reference.

@description('Azure region for the cache.')
param location string

@description('Name of the cache (globally unique; its host name is <name>.redis.cache.windows.net).')
param redisName string

@description('Basic (one node, no SLA), Standard (primary + replica) or Premium.')
@allowed([
  'Basic'
  'Standard'
  'Premium'
])
param skuName string

@description('Cache size: 0-6 for Basic and Standard (C0-C6), 1-5 for Premium (P1-P5).')
@minValue(0)
@maxValue(6)
param capacity int

@description('Name of the existing Key Vault that receives the configuration string.')
param keyVaultName string

@description('Name of the Key Vault secret holding the StackExchange.Redis configuration string.')
param configurationSecretName string

@description('Tags applied to every resource.')
param tags object

resource redis 'Microsoft.Cache/redis@2024-11-01' = {
  name: redisName
  location: location
  tags: tags
  properties: {
    sku: {
      name: skuName
      family: skuName == 'Premium' ? 'P' : 'C'
      capacity: capacity
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    redisVersion: '6'
  }
}

// What CrampBot's Storage:Redis:Configuration expects: host:port and options, as StackExchange.Redis parses them.
// abortConnect=False lets the app start (and retry) while the cache is briefly unreachable, e.g. during patching.
module configurationSecret 'keyVaultSecret.bicep' = {
  name: 'redisConfigurationSecret'
  params: {
    keyVaultName: keyVaultName
    secretName: configurationSecretName
    secretValue: '${redis.properties.hostName}:${redis.properties.sslPort},password=${redis.listKeys().primaryKey},ssl=True,abortConnect=False'
  }
}

