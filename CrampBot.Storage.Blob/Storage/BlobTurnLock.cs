using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using CrampBot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrampBot.Storage;

/// <summary>
/// <see cref="ITurnLock"/> shared by every instance on one Blob container: a turn holds a blob lease on the empty blob
/// of its conversation (key <c>turn-locks/{conversation}</c>, named like <see cref="BlobStorage"/>'s documents and
/// created on first use). Blob leases last 15 to 60 seconds, so <see cref="TurnLockOptions.LeaseDuration"/> is rounded
/// into that range: a killed instance frees its conversations after at most that long. Waiting, renewal and release:
/// <see cref="LeasedTurnLock{TLease}"/>.
/// </summary>
public sealed class BlobTurnLock : LeasedTurnLock<BlobLeaseClient>
{
    private static readonly TimeSpan ShortestLease = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LongestLease = TimeSpan.FromSeconds(60);

    private readonly BlobStorage _storage;

    /// <summary>Creates the lock in the container of <paramref name="storage"/>.</summary>
    public BlobTurnLock(BlobStorage storage, IOptions<TurnLockOptions> options, ILogger<BlobTurnLock> logger)
        : base(options, logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
        // Each try is an HTTP request to the storage account: poll less often than Redis.
        FirstPoll = TimeSpan.FromMilliseconds(20);
        LongestPoll = TimeSpan.FromMilliseconds(400);
        Lease = options.Value.LeaseDuration < ShortestLease ? ShortestLease : options.Value.LeaseDuration > LongestLease ? LongestLease : options.Value.LeaseDuration;
    }

    protected override Task<BlobLeaseClient?> TryTakeAsync(string conversationKey, CancellationToken cancellationToken) =>
        BlobFaults.GuardAsync(async () =>
        {
            await _storage.EnsureContainerAsync(cancellationToken);
            var blob = _storage.Container.GetBlobClient(BlobStorage.BlobName("turn-locks/" + conversationKey));
            var lease = blob.GetBlobLeaseClient(Guid.NewGuid().ToString());
            try
            {
                await lease.AcquireAsync(Lease, cancellationToken: cancellationToken);
                return lease;
            }
            catch (RequestFailedException exception) when (exception.Status == 409)
            {
                return null;
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                try
                {
                    // Only if still missing: another instance may be creating (and leasing) it at the same moment.
                    await blob.UploadAsync(BinaryData.Empty, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
                }
                catch (RequestFailedException created) when (created.Status is 409 or 412)
                {
                }
                return await TryTakeAsync(conversationKey, cancellationToken);
            }
        }, cancellationToken);

    protected override async Task<bool> RenewAsync(BlobLeaseClient lease, CancellationToken cancellationToken)
    {
        try
        {
            await lease.RenewAsync(cancellationToken: cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412)
        {
            return false;
        }
    }

    protected override Task ReleaseAsync(BlobLeaseClient lease) => lease.ReleaseAsync();

    protected override bool IsStoreFault(Exception exception) =>
        exception is RequestFailedException or AggregateException or HttpRequestException;
}
