using StackExchange.Redis;

namespace CrampBot.Storage;

/// <summary>Redis calls whose connection or timeout failures become <see cref="StorageUnavailableException"/>.</summary>
internal static class RedisFaults
{
    /// <summary>The store's name in <see cref="StorageUnavailableException.Store"/>.</summary>
    public const string Store = "Redis";

    /// <summary>Awaits <paramref name="call"/>; an unreachable or timed-out Redis becomes <see cref="StorageUnavailableException"/>.</summary>
    public static async Task<T> GuardAsync<T>(Task<T> call)
    {
        try
        {
            return await call;
        }
        catch (Exception exception) when (exception is RedisConnectionException or RedisTimeoutException)
        {
            throw new StorageUnavailableException(Store, exception);
        }
    }
}
