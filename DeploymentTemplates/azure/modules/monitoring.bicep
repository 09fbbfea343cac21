// Log Analytics workspace plus a workspace-based Application Insights component for CrampBot's telemetry.
// CrampBot logs ids, events and timings only, never what a patient typed.

@description('Azure region for the monitoring resources.')
param location string

@description('Name of the Log Analytics workspace.')
param workspaceName string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Days to keep logs in the workspace.')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Tags applied to every resource.')
param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    RetentionInDays: retentionInDays
  }
}

@description('Application Insights connection string (an ingestion endpoint, not a credential).')
output connectionString string = appInsights.properties.ConnectionString

@description('Resource id of the Application Insights component.')
output appInsightsId string = appInsights.id
