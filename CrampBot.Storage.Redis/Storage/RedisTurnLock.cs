using CrampBot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CrampBot.Storage;

/// <summary>
/// <see cref="ITurnLock"/> shared by every instance on one Redis: a lease is the key <c>{prefix}turn-lock:{conversation}</c>
/// set with <c>SET NX PX</c> to a token of its holder; renewing (<c>PEXPIRE</c>) and releasing (<c>DEL</c>) are Lua
/// scripts that act only while the key still holds that token, so a lease that expired and was taken by another
/// instance is never extended or deleted by its old holder. Waiting, renewal and release: <see cref="LeasedTurnLock{TLease}"/>.
/// </summary>
public sealed class RedisTurnLock : LeasedTurnLock<RedisTurnLock.Token>
{
    // KEYS[1]: the lease key. ARGV[1]: the holder's token. ARGV[2] (renew only): the lease in milliseconds.
    private const string RenewScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('PEXPIRE', KEYS[1], ARGV[2])
        end
        return 0
        """;

    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    private readonly IConnectionMultiplexer _connection;
    private readonly string _keyPrefix;

    /// <summary>Creates the lock on the app's multiplexer (shared, not disposed here).</summary>
    public RedisTurnLock(IConnectionMultiplexer connection, string keyPrefix, IOptions<TurnLockOptions> options, ILogger<RedisTurnLock> logger)
        : base(options, logger)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(keyPrefix);
        _connection = connection;
        _keyPrefix = keyPrefix;
    }

    /// <summary>A held lease: its key and the holder's random token.</summary>
    public sealed record Token(RedisKey Key, string Value);

    private IDatabase Database => _connection.GetDatabase();

    protected override async Task<Token?> TryTakeAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var token = new Token(new RedisKey(_keyPrefix + "turn-lock:" + conversationKey), Guid.NewGuid().ToString("N"));
        return await RedisFaults.GuardAsync(Database.StringSetAsync(token.Key, token.Value, Lease, When.NotExists)) ? token : null;
    }

    protected override async Task<bool> RenewAsync(Token lease, CancellationToken cancellationToken) =>
        (long)await Database.ScriptEvaluateAsync(RenewScript, [lease.Key], [lease.Value, (long)Lease.TotalMilliseconds]) == 1;

    protected override Task ReleaseAsync(Token lease) => Database.ScriptEvaluateAsync(ReleaseScript, [lease.Key], [lease.Value]);

    protected override bool IsStoreFault(Exception exception) => exception is RedisException;
}
