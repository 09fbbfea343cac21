// Parameters for main.bicep. Secrets never live in this file: the SingleTenant client secret is read from
// the MICROSOFT_APP_PASSWORD environment variable of the person deploying (empty for UserAssignedMSI).
// Nor does the clinical review: it is a fact about this deployment, given by the person deploying in CONTENT_REVIEWER,
// CONTENT_REVIEWED_ON, CONTENT_NEXT_REVIEW_DATE and CONTENT_REVIEWED_VERSION (without them Production refuses to start).
using './main.bicep'

param baseName = 'crampbot'
param microsoftAppType = 'UserAssignedMSI'
param microsoftAppId = readEnvironmentVariable('MICROSOFT_APP_ID', '')
param microsoftAppPassword = readEnvironmentVariable('MICROSOFT_APP_PASSWORD', '')
param appServicePlanSku = 'B1'
param instanceCount = 1
param redisSku = 'Standard'
param redisCapacity = 0
param contentReviewer = readEnvironmentVariable('CONTENT_REVIEWER', '')
param contentReviewedOn = readEnvironmentVariable('CONTENT_REVIEWED_ON', '')
param contentNextReviewDate = readEnvironmentVariable('CONTENT_NEXT_REVIEW_DATE', '')
param contentReviewedVersion = readEnvironmentVariable('CONTENT_REVIEWED_VERSION', '')
param contentAllowUnreviewed = false
param botSku = 'F0'
param botDisplayName = 'CrampBot'
param webChatOrigins = []
param logRetentionInDays = 30
param enableKeyVaultPurgeProtection = true
param tags = {
  application: 'CrampBot'
}
