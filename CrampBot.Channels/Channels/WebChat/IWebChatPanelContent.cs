namespace CrampBot.Channels.WebChat;

/// <summary>
/// What the bot's own content puts in the widget's panel, so the panel and the conversation never disagree: the
/// emergency number its welcome line names, and a notice shown under the title (null for none). The app implements it.
/// </summary>
public interface IWebChatPanelContent
{
    /// <summary>Replaces <c>{emergencyNumber}</c> in the branding's welcome line.</summary>
    string EmergencyNumber { get; }

    /// <summary>A notice shown under the panel's title before the patient types, read at every page load; null for none.</summary>
    string? Notice { get; }
}
