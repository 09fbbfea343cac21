using CrampBot.Channels.WebChat;
using CrampBot.Content;

namespace CrampBot.Hosting;

/// <summary>The widget's panel says what the content says: its emergency number and, until reviewed, its notice.</summary>
public sealed class ContentWebChatPanel(ContentCatalog content) : IWebChatPanelContent
{
    public string EmergencyNumber => content.EmergencyNumber;

    public string? Notice => content.ReviewNotice;
}
