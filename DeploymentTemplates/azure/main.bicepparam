// Parameters for main.bicep. Secrets never live in this file: the SingleTenant client secret is read from
// the MICROSOFT_APP_PASSWORD environment variable of the person deploying (empty for UserAssignedMSI).
using './main.bicep'

param baseName = 'crampbot'
param microsoftAppType = 'UserAssignedMSI'
param microsoftAppId = readEnvironmentVariable('MICROSOFT_APP_ID', '')
param microsoftAppPassword = readEnvironmentVariable('MICROSOFT_APP_PASSWORD', '')
param appServicePlanSku = 'B1'
param botSku = 'F0'
param botDisplayName = 'CrampBot'
param webChatOrigins = []
param logRetentionInDays = 30
param enableKeyVaultPurgeProtection = true
param tags = {
  application: 'CrampBot'
}
