using CrampBot.Builder;
using IMiddleware = CrampBot.Builder.IMiddleware;
using Microsoft.Extensions.Options;

namespace CrampBot.Channels.Teams;

/// <summary>
/// Keeps every outgoing message on the configured channels (Teams) under <see cref="TeamsOptions.MaxMessageLength"/>
/// by splitting long text messages with <see cref="TeamsMessageSplitter"/> just before they are sent.
/// </summary>
public sealed class MessageSplitMiddleware(IOptions<TeamsOptions> options) : IMiddleware
{
    private readonly TeamsOptions _options = options.Value;

    public Task OnTurnAsync(TurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        if (_options.SplitChannels.Contains(turnContext.Activity.ChannelId, StringComparer.OrdinalIgnoreCase))
        {
            turnContext.OnSendActivities(batch => [.. batch.SelectMany(activity => TeamsMessageSplitter.Split(activity, _options.MaxMessageLength))]);
        }
        return next(cancellationToken);
    }
}
