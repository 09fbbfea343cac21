using CrampBot.Builder;
using Microsoft.Extensions.Time.Testing;

namespace CrampBot.Tests.Builder;

public sealed class ShowTypingMiddlewareTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly List<Activity> _sent = [];

    private TurnContext NewTurn(string? deliveryMode = null) => new(
        new Activity { Type = ActivityTypes.Message, Id = "1", Text = "hi", ChannelId = "test", DeliveryMode = deliveryMode, Conversation = new() { Id = "c" } },
        (_, activities, _) =>
        {
            lock (_sent)
            {
                _sent.AddRange(activities);
            }
            return Task.FromResult(activities.Select(_ => new ResourceResponse("x")).ToArray());
        });

    [Fact]
    public async Task A_slow_turn_shows_typing_before_its_answer()
    {
        var middleware = new ShowTypingMiddleware(TimeSpan.FromMilliseconds(500), _clock);
        var release = new TaskCompletionSource();
        var typingSent = new TaskCompletionSource();
        var turn = NewTurn();
        var running = middleware.OnTurnAsync(turn, async ct =>
        {
            await release.Task;
            await turn.SendActivityAsync("answer", cancellationToken: ct);
        }, CancellationToken.None);

        Assert.Empty(_sent);
        _clock.Advance(TimeSpan.FromMilliseconds(499));
        Assert.Empty(_sent);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        // The timer's continuation runs on the thread pool; wait for it without sleeping.
        await WaitUntil(() => _sent.Count == 1);
        release.SetResult();
        await running;

        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], _sent.Select(a => a.Type));
    }

    [Fact]
    public async Task A_fast_turn_sends_no_typing()
    {
        var middleware = new ShowTypingMiddleware(TimeSpan.FromMilliseconds(500), _clock);
        var turn = NewTurn();
        await middleware.OnTurnAsync(turn, ct => turn.SendActivityAsync("answer", cancellationToken: ct), CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal([ActivityTypes.Message], _sent.Select(a => a.Type));
    }

    [Fact]
    public async Task ExpectReplies_turns_never_carry_typing()
    {
        var middleware = new ShowTypingMiddleware(TimeSpan.Zero, _clock);
        var turn = NewTurn(DeliveryModes.ExpectReplies);
        await middleware.OnTurnAsync(turn, ct => turn.SendActivityAsync("answer", cancellationToken: ct), CancellationToken.None);
        Assert.Equal([ActivityTypes.Message], _sent.Select(a => a.Type));
    }

    private async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            lock (_sent)
            {
                if (condition())
                {
                    return;
                }
            }
            await Task.Yield();
            timeout.Token.ThrowIfCancellationRequested();
        }
    }
}
