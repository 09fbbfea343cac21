using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;

namespace CrampBot.Storage;

/// <summary>
/// <see cref="IStorage"/> on Azure Blob Storage: one block blob a document (its JSON without the <c>eTag</c> property),
/// in one container that is created on first use. A document's eTag is its blob's ETag, and every write with an eTag is
/// a conditional request (<c>If-Match</c>), so two writers holding the same eTag cannot both succeed; a write without
/// eTag (or <c>*</c>) overwrites. Keys become blob names through <see cref="BlobName"/> (no slashes, long keys hashed).
/// </summary>
/// <remarks>
/// <para>
/// Blob Storage has no transaction across blobs, so a multi-key write is <b>not atomic</b>. What remains: every eTag of
/// the batch is checked against the stored blob before anything is written, so a batch that is already stale when it
/// arrives writes nothing and throws <see cref="StorageConflictException"/>. The documents are then written one by one,
/// each conditional on its eTag; only if another writer changes one of them in that short window does the batch stop
/// part way, with the documents before it written (their eTags updated) and the rest untouched. Each single document is
/// always all-or-nothing.
/// </para>
/// <para>Deleting a missing blob is ignored; deleting does not check eTags.</para>
/// <para>A service that cannot be reached, times out or answers 5xx raises <see cref="StorageUnavailableException"/>.</para>
/// <para>
/// A document with a time to live carries its expiry (on the given clock) in the blob's metadata
/// (<c>expiresunixms</c>): reads and eTag checks treat it as missing once passed, and
/// <see cref="DeleteExpiredAsync"/> lists the container and deletes expired blobs, each only if unchanged since listed.
/// </para>
/// </remarks>
public sealed partial class BlobStorage : IStorage, IExpiringStorage
{
    /// <summary>Longest blob name this store writes; longer encoded keys are shortened and end in a SHA-256 of the key.</summary>
    internal const int MaxBlobNameLength = 200;

    private const string ExpiresMetadata = "expiresunixms";

    private readonly BlobContainerClient _container;
    private readonly ILogger<BlobStorage> _logger;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _containerGate = new(1, 1);
    private volatile bool _containerReady;

    /// <summary>Creates storage in <paramref name="container"/>; the container is created when missing.</summary>
    /// <param name="container">The container holding the documents (its client carries the credential).</param>
    /// <param name="logger">Receives keys of unreadable blobs (never document contents).</param>
    /// <param name="clock">Judges expiry; the system clock when null.</param>
    public BlobStorage(BlobContainerClient container, ILogger<BlobStorage> logger, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(logger);
        _container = container;
        _logger = logger;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>The container holding the documents.</summary>
    public BlobContainerClient Container => _container;

    /// <inheritdoc />
    public Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        BlobFaults.GuardAsync(() => ReadDocumentsAsync(keys, cancellationToken), cancellationToken);

    /// <inheritdoc />
    /// <remarks>Not atomic across keys; see the class remarks for what a conflicting batch leaves behind.</remarks>
    public Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default) =>
        BlobFaults.GuardAsync(() => WriteDocumentsAsync(changes, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        BlobFaults.GuardAsync(() => DeleteDocumentsAsync(keys, cancellationToken), cancellationToken);

    private async Task<IDictionary<string, JsonObject>> ReadDocumentsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return result;
        }
        await EnsureContainerAsync(cancellationToken);
        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        var documents = await Task.WhenAll(distinct.Select(key => ReadOneAsync(key, cancellationToken)));
        for (var i = 0; i < distinct.Count; i++)
        {
            if (documents[i] is { } document)
            {
                result[distinct[i]] = document;
            }
        }
        return result;
    }

    private async Task WriteDocumentsAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }
        await EnsureContainerAsync(cancellationToken);

        // First every eTag, so a batch that is stale on arrival writes nothing.
        var checks = changes
            .Select(change => (change.Key, ETag: StoreItem.GetETag(change.Value)))
            .Where(change => IsConditional(change.ETag))
            .Select(change => CheckETagAsync(change.Key, change.ETag!, cancellationToken));
        await Task.WhenAll(checks);

        foreach (var (key, document) in changes)
        {
            var incoming = StoreItem.GetETag(document);
            var expiresAt = StoreItem.ExpiresAt(document, _clock.GetUtcNow());
            var options = new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                Metadata = expiresAt is { } expiry
                    ? new Dictionary<string, string> { [ExpiresMetadata] = expiry.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) }
                    : null,
                Conditions = IsConditional(incoming) ? new BlobRequestConditions { IfMatch = ToBlobETag(incoming!) } : null,
            };
            BlobContentInfo written;
            try
            {
                var response = await Blob(key).UploadAsync(BinaryData.FromString(StoreItem.ToJsonWithoutETag(document)), options, cancellationToken);
                written = response.Value;
            }
            catch (RequestFailedException exception) when (IsConflict(exception))
            {
                throw new StorageConflictException(key);
            }
            StoreItem.SetETag(document, ToDocumentETag(written.ETag));
        }
    }

    private async Task DeleteDocumentsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }
        await EnsureContainerAsync(cancellationToken);
        await Task.WhenAll(keys.Distinct(StringComparer.Ordinal).Select(key =>
            Blob(key).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken)));
    }

    /// <inheritdoc />
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default)
    {
        await EnsureContainerAsync(cancellationToken);
        var deleted = 0;
        await foreach (var blob in _container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken))
        {
            if (!IsExpired(blob.Metadata))
            {
                continue;
            }
            try
            {
                // Only the version that was listed: a blob rewritten since then is alive again.
                var conditions = new BlobRequestConditions { IfMatch = blob.Properties.ETag };
                var response = await _container.GetBlobClient(blob.Name).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, conditions, cancellationToken);
                deleted += response.Value ? 1 : 0;
            }
            catch (RequestFailedException exception) when (exception.Status == 412)
            {
                // Rewritten between listing and deleting.
            }
        }
        return deleted;
    }

    private bool IsExpired(IDictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue(ExpiresMetadata, out var text)
        && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var expires)
        && expires <= _clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>
    /// The blob name of <paramref name="key"/>: ASCII letters, digits, <c>-</c> and <c>_</c> stay; every other UTF-8 byte
    /// becomes <c>~XX</c> (upper-case hex), so names have no slashes, dots or spaces and distinct keys stay distinct. A name
    /// longer than <see cref="MaxBlobNameLength"/> keeps its start and ends in <c>~~</c> and the key's SHA-256 (hex).
    /// The empty key is <c>~</c>.
    /// </summary>
    internal static string BlobName(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
        {
            return "~";
        }
        var bytes = Encoding.UTF8.GetBytes(key);
        var name = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_')
            {
                name.Append((char)b);
            }
            else
            {
                name.Append('~').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        if (name.Length <= MaxBlobNameLength)
        {
            return name.ToString();
        }
        var hash = Convert.ToHexString(SHA256.HashData(bytes));
        var prefixLength = MaxBlobNameLength - hash.Length - 2;
        // Never cut an escape in half: back up to before a '~' within the last two characters.
        for (var i = Math.Max(0, prefixLength - 2); i < prefixLength; i++)
        {
            if (name[i] == '~')
            {
                prefixLength = i;
                break;
            }
        }
        return string.Concat(name.ToString(0, prefixLength), "~~", hash);
    }

    private BlobClient Blob(string key) => _container.GetBlobClient(BlobName(key));

    /// <summary>The blob's ETag without its HTTP quotes, so the eTag can be written into JSON as it is.</summary>
    private static string ToDocumentETag(ETag etag) => etag.ToString().Trim('"');

    private static ETag ToBlobETag(string etag) => new('"' + etag.Trim('"') + '"');

    private static bool IsConditional(string? etag) => !string.IsNullOrEmpty(etag) && etag != StoreItem.Any;

    // 412: the blob's ETag is another one; 404: the blob (or container) is gone, so an eTag cannot match it.
    private static bool IsConflict(RequestFailedException exception) => exception.Status is 412 or 404;

    private async Task CheckETagAsync(string key, string etag, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await Blob(key).GetPropertiesAsync(cancellationToken: cancellationToken);
            if (ToDocumentETag(properties.Value.ETag) != etag.Trim('"') || IsExpired(properties.Value.Metadata))
            {
                throw new StorageConflictException(key);
            }
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            throw new StorageConflictException(key);
        }
    }

    private async Task<JsonObject?> ReadOneAsync(string key, CancellationToken cancellationToken)
    {
        BlobDownloadResult download;
        try
        {
            download = (await Blob(key).DownloadContentAsync(cancellationToken)).Value;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
        if (IsExpired(download.Details.Metadata))
        {
            return null;
        }
        var document = ParseDocument(key, download.Content);
        if (document is not null)
        {
            StoreItem.SetETag(document, ToDocumentETag(download.Details.ETag));
        }
        return document;
    }

    /// <summary>Creates the container on first use (shared with <see cref="BlobTurnLock"/>, whose lease blobs live in it).</summary>
    internal async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerReady)
        {
            return;
        }
        await _containerGate.WaitAsync(cancellationToken);
        try
        {
            if (!_containerReady)
            {
                await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                _containerReady = true;
            }
        }
        finally
        {
            _containerGate.Release();
        }
    }


    /// <summary>A blob that is not a JSON object is treated as missing (and logged) so one bad blob cannot block a turn.</summary>
    private JsonObject? ParseDocument(string key, BinaryData content)
    {
        var document = StoreItem.ParseDocument(content.ToMemory());
        if (document is null)
        {
            LogUnreadableDocument(key);
        }
        return document;
    }

    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning, Message = "Stored blob of {Key} is not a JSON object; treated as missing")]
    private partial void LogUnreadableDocument(string key);
}
