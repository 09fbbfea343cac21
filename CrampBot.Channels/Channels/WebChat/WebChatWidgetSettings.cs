namespace CrampBot.Channels.WebChat;

/// <summary>
/// What <c>/widget.js</c> is told by the server: branding, where everything is (paths on the bot's origin), and
/// <see cref="ContentNotice"/>, the content's "not checked by a clinician" notice shown in the panel (null when reviewed).
/// </summary>
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
    string StyleUrl,
    string? ContentNotice);
