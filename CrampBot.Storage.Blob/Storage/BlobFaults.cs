using Azure;
using Azure.Identity;

namespace CrampBot.Storage;

/// <summary>Blob calls whose transport or service failures become <see cref="StorageUnavailableException"/>.</summary>
internal static class BlobFaults
{
    /// <summary>The store's name in <see cref="StorageUnavailableException.Store"/>.</summary>
    public const string Store = "Blob";

    /// <summary>Awaits <paramref name="call"/>; an unreachable or failing Blob service becomes <see cref="StorageUnavailableException"/>.</summary>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (IsUnavailable(exception, cancellationToken))
        {
            throw new StorageUnavailableException(Store, exception);
        }
    }

    /// <summary>Awaits <paramref name="call"/>, as <see cref="GuardAsync{T}"/>.</summary>
    public static Task GuardAsync(Func<Task> call, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            await call();
            return true;
        }, cancellationToken);

    /// <summary>
    /// No connection (status 0, after the client's retries: an <see cref="AggregateException"/>), a timeout, a throttle or
    /// a 5xx, or no token for the managed identity. 4xx answers (conflicts, not found) are the caller's to handle.
    /// </summary>
    private static bool IsUnavailable(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        RequestFailedException failed => failed.Status is 0 or 408 or 429 or >= 500,
        AggregateException aggregate => aggregate.InnerExceptions.All(inner => IsUnavailable(inner, cancellationToken)),
        HttpRequestException or AuthenticationFailedException or CredentialUnavailableException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
