using System.Net.Http.Headers;
using CrampBot.Channels.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CrampBot.Tests.Connector;

/// <summary>The retry decisions and delays of the connector pipeline, computed without sending or waiting.</summary>
public sealed class ConnectorRetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly ConnectorOptions _options = new() { MaxDelay = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task Retry_after_seconds_become_the_delay()
    {
        using var response = Response(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)));

        Assert.Equal(TimeSpan.FromSeconds(7), await DelayFor(response));
    }

    [Fact]
    public async Task Retry_after_date_is_measured_from_the_time_provider()
    {
        using var response = Response(HttpStatusCode.ServiceUnavailable, new RetryConditionHeaderValue(Now.AddSeconds(4)));

        Assert.Equal(TimeSpan.FromSeconds(4), await DelayFor(response));
        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.FromSeconds(1), await DelayFor(response));
    }

    [Fact]
    public async Task Retry_after_in_the_past_means_now_and_a_long_one_is_capped()
    {
        using var past = Response(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(Now.AddMinutes(-1)));
        using var far = Response(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromHours(1)));

        Assert.Equal(TimeSpan.Zero, await DelayFor(past));
        Assert.Equal(_options.MaxDelay, await DelayFor(far));
    }

    [Fact]
    public async Task Without_retry_after_the_exponential_backoff_decides()
    {
        using var response = Response(HttpStatusCode.BadGateway, retryAfter: null);

        Assert.Null(await DelayFor(response));
        var retry = Retry();
        Assert.Equal(DelayBackoffType.Exponential, retry.BackoffType);
        Assert.True(retry.UseJitter);
        Assert.Equal(_options.MaxRetries, retry.MaxRetryAttempts);
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(412, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(501, false)]
    [InlineData(201, false)]
    [InlineData(202, false)]
    public void Only_transient_statuses_are_retried(int status, bool retried)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.Equal(retried, ConnectorResilience.IsTransient(Outcome.FromResult(response)));
    }

    [Fact]
    public void Network_errors_and_attempt_timeouts_are_retried_but_not_other_failures()
    {
        Assert.True(ConnectorResilience.IsTransient(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset"))));
        Assert.True(ConnectorResilience.IsTransient(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));
        Assert.False(ConnectorResilience.IsTransient(Outcome.FromException<HttpResponseMessage>(new OperationCanceledException())));
        Assert.False(ConnectorResilience.IsTransient(Outcome.FromException<HttpResponseMessage>(new InvalidOperationException())));
    }

    [Theory]
    [InlineData(-1, 1, 10, 10, 30)]
    [InlineData(11, 1, 10, 10, 30)]
    [InlineData(3, 2, 1, 10, 30)]
    [InlineData(3, 1, 10, 0.001, 30)]
    [InlineData(3, 1, 10, 10, 5)]
    public void Unusable_options_are_reported(int retries, double baseDelay, double maxDelay, double attempt, double total)
    {
        var options = new ConnectorOptions
        {
            MaxRetries = retries,
            BaseDelay = TimeSpan.FromSeconds(baseDelay),
            MaxDelay = TimeSpan.FromSeconds(maxDelay),
            AttemptTimeout = TimeSpan.FromSeconds(attempt),
            TotalTimeout = TimeSpan.FromSeconds(total),
        };

        Assert.NotNull(options.Problem());
        Assert.Null(new ConnectorOptions().Problem());
    }

    private RetryStrategyOptions<HttpResponseMessage> Retry() => ConnectorResilience.CreateRetryOptions(_options, _time, NullLogger.Instance);

    private async Task<TimeSpan?> DelayFor(HttpResponseMessage response)
    {
        var context = ResilienceContextPool.Shared.Get();
        try
        {
            return await Retry().DelayGenerator!(new RetryDelayGeneratorArguments<HttpResponseMessage>(context, Outcome.FromResult(response), 0));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static HttpResponseMessage Response(HttpStatusCode status, RetryConditionHeaderValue? retryAfter)
    {
        var response = new HttpResponseMessage(status);
        response.Headers.RetryAfter = retryAfter;
        return response;
    }
}
