using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.Storage;

namespace CrampBot.Builder;

/// <summary>
/// A JSON document of per-scope state (a conversation, a user) loaded once per turn and saved at the end of the turn,
/// only when something changed. Properties are read through <see cref="CreateProperty{T}"/> accessors; values live as
/// typed objects during the turn and are serialised back when saved, so in-place changes are kept.
/// Every write gives the document the scope's retention as its time to live, so the store forgets it that long after
/// its last write (zero: kept until deleted).
/// </summary>
public abstract class BotState
{
    private readonly IStorage _storage;
    private readonly string _turnStateKey;

    protected BotState(IStorage storage, string name, TimeSpan retention = default)
    {
        _storage = storage;
        _turnStateKey = "BotState:" + name;
        Retention = retention;
    }

    /// <summary>How long after its last write the stored document is forgotten; zero keeps it until deleted.</summary>
    public TimeSpan Retention { get; }

    /// <summary>JSON options for property values: explicit types only (no type names in storage).</summary>
    public static JsonSerializerOptions ValueJson { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>The storage key of this state for the turn, or null when the activity lacks what the key needs.</summary>
    protected abstract string? GetStorageKey(TurnContext turnContext);

    /// <summary><c>{channelId}/{kind}/{id}</c>, or null (no state) when the activity lacks either id.</summary>
    protected static string? ChannelScopedKey(TurnContext turnContext, string kind, string? id)
    {
        var channelId = turnContext.Activity.ChannelId;
        return string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(id) ? null : $"{channelId}/{kind}/{id}";
    }

    /// <summary>Lets a scope drop a loaded document (e.g. expired by idleness) before the turn sees it.</summary>
    protected virtual bool IsStale(JsonObject document) => false;

    /// <summary>Lets a scope ask for a write although the bot changed nothing (e.g. to refresh an activity stamp).</summary>
    protected virtual bool NeedsTouch(TurnContext turnContext, JsonObject document) => false;

    /// <summary>Lets a scope drop the bookkeeping it holds for the turn when the document is deleted.</summary>
    protected virtual void OnDeleted(TurnContext turnContext)
    {
    }

    /// <summary>Lets a scope stamp a document just before it is written (bookkeeping the bot does not own).</summary>
    protected virtual void BeforeWrite(TurnContext turnContext, JsonObject document)
    {
    }

    /// <summary>Creates a typed accessor for the property <paramref name="name"/>.</summary>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name) => new StatePropertyAccessor<T>(this, name);

    /// <summary>Loads the document once per turn (again when <paramref name="force"/>).</summary>
    public async Task LoadAsync(TurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        if (!force && turnContext.TurnState.ContainsKey(_turnStateKey))
        {
            return;
        }
        var key = GetStorageKey(turnContext);
        JsonObject document = [];
        if (key is not null)
        {
            var items = await _storage.ReadAsync([key], cancellationToken);
            if (items.TryGetValue(key, out var stored))
            {
                if (IsStale(stored))
                {
                    await _storage.DeleteAsync([key], cancellationToken);
                }
                else
                {
                    document = stored;
                }
            }
        }
        turnContext.TurnState[_turnStateKey] = new CachedState(document);
    }

    /// <summary>Writes the document when it changed during the turn (always when <paramref name="force"/>).</summary>
    public async Task SaveChangesAsync(TurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        if (!turnContext.TurnState.TryGetValue(_turnStateKey, out var cachedObject) || cachedObject is not CachedState cached)
        {
            return;
        }
        var key = GetStorageKey(turnContext);
        if (key is null)
        {
            return;
        }
        cached.FlushValues();
        if (!force && !cached.HasChanged() && !NeedsTouch(turnContext, cached.Document))
        {
            return;
        }
        BeforeWrite(turnContext, cached.Document);
        StoreItem.SetTimeToLive(cached.Document, Retention);
        await _storage.WriteAsync(new Dictionary<string, JsonObject> { [key] = cached.Document }, cancellationToken);
        cached.MarkSaved();
    }

    /// <summary>Empties the state for this turn; the empty document is written at the next save.</summary>
    public void ClearState(TurnContext turnContext)
    {
        var etag = turnContext.TurnState.TryGetValue(_turnStateKey, out var cachedObject) && cachedObject is CachedState cached
            ? StoreItem.GetETag(cached.Document)
            : null;
        JsonObject document = [];
        if (etag is not null)
        {
            StoreItem.SetETag(document, etag);
        }
        turnContext.TurnState[_turnStateKey] = new CachedState(document, alwaysChanged: true);
    }

    /// <summary>
    /// Empties the state and writes the empty document now, over the version the turn loaded (a
    /// <see cref="StorageConflictException"/> when another turn saved meanwhile). Unlike <see cref="DeleteAsync"/>, the
    /// scope's bookkeeping (<see cref="BeforeWrite"/>) is written too.
    /// </summary>
    public async Task ResetAsync(TurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ClearState(turnContext);
        await SaveChangesAsync(turnContext, force: true, cancellationToken);
    }

    /// <summary>
    /// Deletes the stored document now and empties the turn's copy; the scope's bookkeeping for this turn goes too,
    /// so nothing is written afterwards unless the bot sets something again.
    /// </summary>
    public async Task DeleteAsync(TurnContext turnContext, CancellationToken cancellationToken = default)
    {
        turnContext.TurnState[_turnStateKey] = new CachedState([]);
        OnDeleted(turnContext);
        var key = GetStorageKey(turnContext);
        if (key is not null)
        {
            await _storage.DeleteAsync([key], cancellationToken);
        }
    }

    internal async Task<CachedState> GetCachedAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, force: false, cancellationToken);
        return (CachedState)turnContext.TurnState[_turnStateKey];
    }

    /// <summary>The turn's copy of the document, its typed values, and a fingerprint of what was loaded.</summary>
    internal sealed class CachedState
    {
        private byte[] _savedFingerprint;
        private bool _alwaysChanged;

        public CachedState(JsonObject document, bool alwaysChanged = false)
        {
            Document = document;
            _alwaysChanged = alwaysChanged;
            _savedFingerprint = Fingerprint();
        }

        public JsonObject Document { get; }

        /// <summary>Typed values handed out this turn, keyed by property name, with their types.</summary>
        public Dictionary<string, (object? Value, Type Type)> Values { get; } = new(StringComparer.Ordinal);

        public void FlushValues()
        {
            foreach (var (name, (value, type)) in Values)
            {
                Document[name] = value is null ? null : JsonSerializer.SerializeToNode(value, type, ValueJson);
            }
        }

        public bool HasChanged() => _alwaysChanged || !Fingerprint().AsSpan().SequenceEqual(_savedFingerprint);

        public void MarkSaved()
        {
            _alwaysChanged = false;
            _savedFingerprint = Fingerprint();
        }

        // The document as JSON, without its eTag: that changes on every write and is not part of what the bot changed.
        private byte[] Fingerprint()
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                StoreItem.WriteWithoutETag(writer, Document);
            }
            return buffer.WrittenSpan.ToArray();
        }
    }
}
