using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrampBot.Builder;

/// <summary>
/// An <see cref="ITurnLock"/> held as a lease in a store every instance shares (Redis, Blob). Turns of this instance
/// first queue in an <see cref="InProcessTurnLock"/>, so one of them at a time tries the store; it polls with a short,
/// growing backoff until the lease is free or <see cref="TurnLockOptions.MaxWait"/> has passed (so the order between
/// instances is not first-come first-served). A held lease is renewed every third of <see cref="Lease"/> until the
/// turn ends, then released. A lease that could not be renewed may be taken by another instance while the turn still
/// runs: that is logged, and the state write's eTag check keeps the two turns from overwriting each other.
/// </summary>
/// <typeparam name="TLease">What the store needs to renew and release a lease it granted.</typeparam>
public abstract partial class LeasedTurnLock<TLease> : ITurnLock
    where TLease : class
{
    private readonly InProcessTurnLock _local;
    private readonly TimeSpan _maxWait;
    private readonly ILogger _logger;

    protected LeasedTurnLock(IOptions<TurnLockOptions> options, ILogger logger)
    {
        _local = new InProcessTurnLock(options);
        _maxWait = options.Value.MaxWait;
        Lease = options.Value.LeaseDuration;
        _logger = logger;
    }

    /// <summary>How long a lease lasts unless renewed (a store may round <see cref="TurnLockOptions.LeaseDuration"/>).</summary>
    protected TimeSpan Lease { get; init; }

    /// <summary>The first wait before asking the store again for a busy lease; it doubles up to <see cref="LongestPoll"/>.</summary>
    protected TimeSpan FirstPoll { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>The longest wait between two tries of a busy lease (a store whose calls cost more polls less often).</summary>
    protected TimeSpan LongestPoll { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Takes the lease of <paramref name="conversationKey"/>, or returns null while another holder has it.</summary>
    protected abstract Task<TLease?> TryTakeAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>Extends a held lease by <see cref="Lease"/>; false when it is no longer ours.</summary>
    protected abstract Task<bool> RenewAsync(TLease lease, CancellationToken cancellationToken);

    /// <summary>Gives a lease back, if it is still ours.</summary>
    protected abstract Task ReleaseAsync(TLease lease);

    /// <summary>True for a failure of the store (renewal is tried again, release left to expiry).</summary>
    protected abstract bool IsStoreFault(Exception exception);

    /// <inheritdoc />
    public async Task<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        var local = await _local.AcquireAsync(conversationKey, cancellationToken);
        try
        {
            var poll = FirstPoll;
            TLease? lease;
            while ((lease = await TryTakeAsync(conversationKey, cancellationToken)) is null)
            {
                if (waited.Elapsed >= _maxWait)
                {
                    throw new TurnLockTimeoutException(conversationKey, waited.Elapsed);
                }
                await Task.Delay(poll + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 5)), cancellationToken);
                poll = poll * 2 < LongestPoll ? poll * 2 : LongestPoll;
            }
            return new Held(this, conversationKey, lease, local);
        }
        catch
        {
            await local.DisposeAsync();
            throw;
        }
    }

    [LoggerMessage(EventId = 1030, Level = LogLevel.Warning, Message = "Turn lease of {ConversationKey} was lost while its turn ran; the state write's eTag check decides")]
    private partial void LogLeaseLost(string conversationKey);

    [LoggerMessage(EventId = 1031, Level = LogLevel.Warning, Message = "Turn lease of {ConversationKey} could not be renewed or released ({ExceptionType}); it expires by itself")]
    private partial void LogLeaseFault(string conversationKey, string exceptionType);

    /// <summary>A held lease: renewed in the background until disposed, then released.</summary>
    private sealed class Held : IAsyncDisposable
    {
        private readonly LeasedTurnLock<TLease> _owner;
        private readonly string _conversationKey;
        private readonly TLease _lease;
        private readonly IAsyncDisposable _local;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewing;

        public Held(LeasedTurnLock<TLease> owner, string conversationKey, TLease lease, IAsyncDisposable local)
        {
            _owner = owner;
            _conversationKey = conversationKey;
            _lease = lease;
            _local = local;
            _renewing = RenewUntilStoppedAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _renewing;
            try
            {
                await _owner.ReleaseAsync(_lease);
            }
            catch (Exception exception) when (_owner.IsStoreFault(exception))
            {
                _owner.LogLeaseFault(_conversationKey, exception.GetType().Name);
            }
            _stop.Dispose();
            await _local.DisposeAsync();
        }

        private async Task RenewUntilStoppedAsync()
        {
            while (true)
            {
                try
                {
                    await Task.Delay(_owner.Lease / 3, _stop.Token);
                    if (!await _owner.RenewAsync(_lease, _stop.Token))
                    {
                        _owner.LogLeaseLost(_conversationKey);
                        return;
                    }
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception) when (_owner.IsStoreFault(exception))
                {
                    // Tried again at the next third: the lease survives two missed renewals.
                    _owner.LogLeaseFault(_conversationKey, exception.GetType().Name);
                }
            }
        }
    }
}
