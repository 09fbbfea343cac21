using Microsoft.Extensions.Options;

namespace CrampBot.Builder;

/// <summary>
/// The <see cref="ITurnLock"/> of one process: one gate per conversation with turns running or waiting, taken in
/// arrival order. Enough when one instance owns the state (SQLite, memory); the shared-store locks put it in front of
/// their lease, so turns of one instance queue here instead of polling the store.
/// </summary>
public sealed class InProcessTurnLock(IOptions<TurnLockOptions> options) : ITurnLock
{
    // Removed when the last turn leaves, so the map does not grow with every conversation ever seen.
    private readonly Dictionary<string, ConversationGate> _gates = new(StringComparer.Ordinal);

    /// <summary>A lock with the default options.</summary>
    public InProcessTurnLock()
        : this(Options.Create(new TurnLockOptions()))
    {
    }

    /// <summary>Conversations with a turn running or waiting (for tests and diagnostics).</summary>
    internal int OpenGates
    {
        get
        {
            lock (_gates)
            {
                return _gates.Count;
            }
        }
    }

    /// <inheritdoc />
    public async Task<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var gate = Enter(conversationKey);
        bool entered;
        try
        {
            entered = await gate.Turn.WaitAsync(options.Value.MaxWait, cancellationToken);
        }
        catch
        {
            Leave(conversationKey, gate, held: false);
            throw;
        }
        if (!entered)
        {
            Leave(conversationKey, gate, held: false);
            throw new TurnLockTimeoutException(conversationKey, options.Value.MaxWait);
        }
        return new Held(this, conversationKey, gate);
    }

    private ConversationGate Enter(string key)
    {
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out var gate))
            {
                gate = new ConversationGate();
                _gates[key] = gate;
            }
            gate.Users++;
            return gate;
        }
    }

    private void Leave(string key, ConversationGate gate, bool held)
    {
        if (held)
        {
            gate.Turn.Release();
        }
        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(key);
                gate.Turn.Dispose();
            }
        }
    }

    /// <summary>Turns of one conversation run one at a time; <see cref="Users"/> counts those running or waiting.</summary>
    private sealed class ConversationGate
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Held(InProcessTurnLock owner, string key, ConversationGate gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Leave(key, gate, held: true);
            }
            return ValueTask.CompletedTask;
        }
    }
}
