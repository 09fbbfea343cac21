using System.Globalization;
using CrampBot.Channels.Connector;
using Microsoft.Extensions.Configuration;

namespace CrampBot.Tests.Connector;

/// <summary>The app's real connector wiring with millisecond backoff, so retry tests run without waiting.</summary>
internal static class ConnectorTestServices
{
    public static ServiceProvider Build(IAccessTokenProvider? tokens = null, Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Connector:MaxRetries"] = "3",
            ["Connector:BaseDelay"] = "00:00:00.001",
            ["Connector:MaxDelay"] = "00:00:00.010",
            ["Connector:AttemptTimeout"] = "00:00:10",
            ["Connector:TotalTimeout"] = "00:00:30",
        };
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddBotConnector();
        if (tokens is not null)
        {
            services.AddSingleton(tokens);
        }
        return services.BuildServiceProvider(validateScopes: true);
    }

    public static IConnectorClient Client(this ServiceProvider services) => services.GetRequiredService<IConnectorClient>();

    /// <summary>A bot reply as the dialogs would build it: from the bot, to the user, in <paramref name="conversationId"/>.</summary>
    public static Activity Message(string? serviceUrl, string conversationId = "conv-1", string? text = "Stretch your calf gently.", string? replyToId = null) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "bot-id", Name = "CrampBot", Role = RoleTypes.Bot },
        Recipient = new ChannelAccount { Id = "user-id-0", Role = RoleTypes.User },
        Conversation = new ConversationAccount { Id = conversationId },
        Text = text,
        TextFormat = TextFormatTypes.Plain,
        ReplyToId = replyToId,
    };

    public static string Seconds(double seconds) => TimeSpan.FromSeconds(seconds).ToString("c", CultureInfo.InvariantCulture);
}
