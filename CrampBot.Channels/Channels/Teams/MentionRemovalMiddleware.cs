using CrampBot.Builder;
using IMiddleware = CrampBot.Builder.IMiddleware;
using CrampBot.Protocol;

namespace CrampBot.Channels.Teams;

/// <summary>
/// Removes the bot's own mention (<c>&lt;at&gt;CrampBot&lt;/at&gt;</c>) from a message's text before the bot reads it,
/// on any channel that sends mention entities, so "@CrampBot what causes cramps?" is understood like the question alone.
/// Other people's mentions are left as they are.
/// </summary>
public sealed class MentionRemovalMiddleware : IMiddleware
{
    public Task OnTurnAsync(TurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.Message) && activity.Text is not null && BotMentions.IsBotMentioned(activity))
        {
            activity.Text = BotMentions.RemoveFrom(activity);
        }
        return next(cancellationToken);
    }
}
