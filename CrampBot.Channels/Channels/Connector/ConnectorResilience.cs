using System.Collections.Frozen;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CrampBot.Channels.Connector;

/// <summary>
/// The retry/timeout pipeline around each connector call: a total timeout, then bounded retries with exponential
/// backoff and jitter (or the connector's <c>Retry-After</c>), then a timeout per attempt.
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "crampbot-connector";

    // The statuses the Bot Framework SDK and Teams docs treat as worth another try; 412 is Teams' "conversation busy".
    private static readonly FrozenSet<int> RetryableStatusCodes = FrozenSet.Create(408, 412, 429, 500, 502, 503, 504);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectorOptions options, TimeProvider time, ILogger logger)
    {
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "connector-total", Timeout = options.TotalTimeout });
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(CreateRetryOptions(options, time, logger));
        }
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "connector-attempt", Timeout = options.AttemptTimeout });
    }

    public static RetryStrategyOptions<HttpResponseMessage> CreateRetryOptions(ConnectorOptions options, TimeProvider time, ILogger logger) => new()
    {
        Name = "connector-retry",
        MaxRetryAttempts = options.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.BaseDelay,
        MaxDelay = options.MaxDelay,
        ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
        // Null falls back to the backoff above; a Retry-After from the connector wins over it.
        DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay.From(args.Outcome.Result, time.GetUtcNow(), options.MaxDelay)),
        OnRetry = args =>
        {
            ConnectorLog.Retrying(logger, args.AttemptNumber + 1, (int?)args.Outcome.Result?.StatusCode, args.Outcome.Exception?.GetType().Name, args.RetryDelay);
            return ValueTask.CompletedTask;
        },
    };

    /// <summary>True for a response or failure that another attempt may cure.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => RetryableStatusCodes.Contains((int)response.StatusCode),
        _ => false,
    };
}
