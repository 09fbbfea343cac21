using CrampBot.Content;

namespace CrampBot.Tests.CrampConversation;

/// <summary>The real app with the cramp conversation, shared by a test class; each test opens its own conversation.</summary>
public sealed class CrampHost : IDisposable
{
    public BotHost Host { get; } = new();

    public ContentCatalog Content => Host.Services.GetRequiredService<ContentCatalog>();

    public Transcript StartConversation(string channelId = "test") => Host.StartConversation(channelId);

    public void Dispose() => Host.Dispose();
}

/// <summary>Assertions on what the cramp conversation sends.</summary>
internal static class CrampAssert
{
    public static Action<Activity> HasCard(string cardTitleFragment) => reply =>
    {
        var attachment = Assert.Single(reply.Attachments ?? []);
        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        Assert.Contains(cardTitleFragment, attachment.Content!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(reply.Summary), "a card message carries a plain-text version");
        Assert.True(string.IsNullOrEmpty(reply.Text), "the card is not repeated as text");
        Assert.Null(reply.SuggestedActions);
    };

    public static Action<Activity> TextAndButtons(string text, params string[] buttons) => reply =>
    {
        Assert.Contains(text, reply.Text ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        var titles = reply.SuggestedActions?.Actions.Select(a => a.Title).ToList() ?? [];
        foreach (var button in buttons)
        {
            Assert.Contains(button, titles);
        }
    };

    /// <summary>Several checks on the same reply.</summary>
    public static Action<Activity> All(params Action<Activity>[] checks) => reply =>
    {
        foreach (var check in checks)
        {
            check(reply);
        }
    };

    /// <summary>Not a triage outcome: no card, and no outcome heading in the text.</summary>
    public static void NotAnOutcome(Activity reply)
    {
        Assert.True(reply.Attachments is null or { Count: 0 }, "expected no outcome card");
        Assert.DoesNotContain("Contact your doctor today", reply.Text ?? "");
        Assert.DoesNotContain("What you can do now", reply.Text ?? "");
    }

    public static Action<Activity> CardStyle(string style) => reply =>
        Assert.Contains($"\"style\":\"{style}\"", Assert.Single(reply.Attachments ?? []).Content!.ToJsonString());
}
