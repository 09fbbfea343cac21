using CrampBot.Protocol;

namespace CrampBot.Builder;

/// <summary>Delivers the bot's outgoing activities for a turn (to the Bot Connector, a Direct Line log, or the HTTP body).</summary>
public delegate Task<ResourceResponse[]> SendActivitiesHandler(TurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);
