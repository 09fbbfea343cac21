namespace CrampBot.Channels.WebChat;

/// <summary>What <c>/widget.js</c> is told by the server: branding and where everything is (paths on the bot's origin).</summary>
public sealed record WebChatWidgetSettings(
    string ClinicName,
    string AssistantName,
    string Welcome,
    string LauncherLabel,
    string PrimaryColor,
    string PrimaryTextColor,
    string Locale,
    string TokenUrl,
    string DirectLineUrl,
    string BundleUrl,
    string StyleUrl);
