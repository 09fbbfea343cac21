namespace CrampBot.Channels.Authentication;

/// <summary>How the bot proves its identity, as the Bot Framework SDK's <c>MicrosoftAppType</c> setting names it.</summary>
public enum BotAppType
{
    /// <summary>An app registration usable from any tenant; tokens come from the botframework.com tenant.</summary>
    MultiTenant,

    /// <summary>An app registration in one tenant (<c>MicrosoftAppTenantId</c>); tokens come from that tenant.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity whose client id is <c>MicrosoftAppId</c>; no secret is kept.</summary>
    UserAssignedMSI,
}
