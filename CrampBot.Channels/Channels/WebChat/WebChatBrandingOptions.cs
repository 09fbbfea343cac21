namespace CrampBot.Channels.WebChat;

/// <summary>The clinic's look and words in the widget (<c>WebChat:Branding</c>).</summary>
public sealed class WebChatBrandingOptions
{
    /// <summary>The clinic's name, shown in the panel's title.</summary>
    public string ClinicName { get; set; } = "Riverside Family Clinic";

    /// <summary>The assistant's name, shown in the panel's title.</summary>
    public string AssistantName { get; set; } = "CrampBot";

    /// <summary>The line under the title. <c>{emergencyNumber}</c> is replaced with the conversation's emergency number (<c>Content:EmergencyNumber</c>).</summary>
    public string Welcome { get; set; } = "Questions about leg cramps? I give general information, not a diagnosis. In an emergency call {emergencyNumber}.";

    /// <summary>The launcher button's text.</summary>
    public string LauncherLabel { get; set; } = "Leg cramp questions?";

    /// <summary>The main colour (launcher, header, links, send button), as #rgb or #rrggbb.</summary>
    public string PrimaryColor { get; set; } = "#0b5cad";

    /// <summary>Text on the main colour, as #rgb or #rrggbb; keep a 4.5:1 contrast with <see cref="PrimaryColor"/>.</summary>
    public string PrimaryTextColor { get; set; } = "#ffffff";

    /// <summary>The language of Web Chat's own texts (BCP 47).</summary>
    public string Locale { get; set; } = "en-GB";
}
