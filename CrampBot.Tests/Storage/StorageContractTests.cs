using CrampBot.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CrampBot.Tests.Storage;

/// <summary>The <see cref="IStorage"/> contract; every storage runs these through a derived class.</summary>
public abstract class StorageContractTests
{
    private IStorage? _storage;

    /// <summary>The clock expiry is judged on, for stores that take one.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));

    protected IStorage Storage => _storage ??= CreateStorage(Clock);

    /// <summary>The store under test, judging expiry on <paramref name="clock"/> when it takes a clock.</summary>
    protected abstract IStorage CreateStorage(TimeProvider clock);

    /// <summary>Lets at least <paramref name="span"/> pass for the store: the fake clock moves on.</summary>
    protected virtual Task LetTimePassAsync(TimeSpan span)
    {
        Clock.Advance(span);
        return Task.CompletedTask;
    }

    private static JsonObject Doc(string json) => JsonNode.Parse(json)!.AsObject();

    private static JsonObject WithoutETag(JsonObject document)
    {
        var copy = (JsonObject)document.DeepClone();
        copy.Remove(StoreItem.ETagProperty);
        return copy;
    }

    private async Task<JsonObject?> ReadOneAsync(string key) =>
        (await Storage.ReadAsync([key])).TryGetValue(key, out var document) ? document : null;

    private async Task<string> WriteOneAsync(string key, JsonObject document)
    {
        await Storage.WriteAsync(new Dictionary<string, JsonObject> { [key] = document });
        return StoreItem.GetETag(document)!;
    }

    [Fact]
    public async Task Read_of_missing_keys_returns_only_existing_ones()
    {
        Assert.Empty(await Storage.ReadAsync(["nobody/users/1", "nobody/users/2"]));
        Assert.Empty(await Storage.ReadAsync([]));
        await WriteOneAsync("present", Doc("""{"n":1}"""));

        var found = await Storage.ReadAsync(["missing", "present"]);

        Assert.Equal(["present"], found.Keys);
    }

    [Fact]
    public async Task Nested_json_round_trips_unchanged()
    {
        var original = Doc("""
            {"name":"Zoë \"Z\" ü","nested":{"list":[1,2.5,{"deep":true},null,"x"],"empty":{},"none":null},
             "big":9007199254740993,"when":"2025-01-02T03:04:05.678+01:00"}
            """);

        await WriteOneAsync("msteams/conversations/a:1", (JsonObject)original.DeepClone());
        var read = await ReadOneAsync("msteams/conversations/a:1");

        Assert.NotNull(read);
        Assert.True(JsonNode.DeepEquals(original, WithoutETag(read)), read.ToJsonString());
    }

    [Fact]
    public async Task Write_sets_a_new_ETag_on_the_document_and_in_storage()
    {
        var document = Doc("""{"n":1}""");

        var first = await WriteOneAsync("k", document);
        Assert.False(string.IsNullOrEmpty(first));
        Assert.Equal(first, StoreItem.GetETag((await ReadOneAsync("k"))!));

        document["n"] = 2;
        var second = await WriteOneAsync("k", document);

        Assert.NotEqual(first, second);
        var stored = await ReadOneAsync("k");
        Assert.Equal(second, StoreItem.GetETag(stored!));
        Assert.Equal(2, (int)stored!["n"]!);
    }

    [Fact]
    public async Task ETags_are_unique_across_keys_and_writes()
    {
        var etags = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            etags.Add(await WriteOneAsync("a", Doc("{}")));
            etags.Add(await WriteOneAsync("b" + i, Doc("{}")));
        }

        Assert.Equal(etags.Count, etags.Distinct().Count());
    }

    [Fact]
    public async Task Stale_ETag_is_refused_and_writes_nothing()
    {
        var etag = await WriteOneAsync("k", Doc("""{"v":"first"}"""));
        await WriteOneAsync("k", Doc($$"""{"v":"second","eTag":"{{etag}}"}"""));
        var stale = Doc($$"""{"v":"third","eTag":"{{etag}}"}""");

        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = stale }));

        Assert.Equal("k", conflict.Key);
        Assert.Equal(etag, StoreItem.GetETag(stale));
        Assert.Equal("second", (string)(await ReadOneAsync("k"))!["v"]!);
    }

    [Fact]
    public async Task ETag_on_a_missing_document_is_a_conflict()
    {
        await Assert.ThrowsAsync<StorageConflictException>(() =>
            Storage.WriteAsync(new Dictionary<string, JsonObject> { ["gone"] = Doc("""{"eTag":"123"}""") }));

        Assert.Null(await ReadOneAsync("gone"));
    }

    [Theory]
    [InlineData("""{"v":"mine","eTag":"*"}""")]
    [InlineData("""{"v":"mine"}""")]
    [InlineData("""{"v":"mine","eTag":""}""")]
    public async Task Wildcard_or_missing_ETag_overwrites(string json)
    {
        var etag = await WriteOneAsync("k", Doc("""{"v":"theirs"}"""));

        var newETag = await WriteOneAsync("k", Doc(json));

        Assert.NotEqual(etag, newETag);
        Assert.NotEqual(StoreItem.Any, newETag);
        var stored = await ReadOneAsync("k");
        Assert.Equal("mine", (string)stored!["v"]!);
        Assert.Equal(newETag, StoreItem.GetETag(stored));
    }

    [Fact]
    public async Task Delete_removes_documents_and_ignores_missing_keys()
    {
        var etag = await WriteOneAsync("a", Doc("{}"));
        await WriteOneAsync("b", Doc("{}"));

        await Storage.DeleteAsync(["a", "never-written"]);
        await Storage.DeleteAsync([]);

        Assert.Equal(["b"], (await Storage.ReadAsync(["a", "b"])).Keys);
        // A writer still holding the deleted document's eTag must not resurrect it silently.
        await Assert.ThrowsAsync<StorageConflictException>(() =>
            Storage.WriteAsync(new Dictionary<string, JsonObject> { ["a"] = Doc($$"""{"eTag":"{{etag}}"}""") }));
    }

    [Fact]
    public async Task Batch_with_one_conflict_writes_nothing()
    {
        var etag = await WriteOneAsync("existing", Doc("""{"v":1}"""));
        await WriteOneAsync("existing", Doc("""{"v":2}"""));
        var fresh = Doc("""{"v":"new"}""");
        var batch = new Dictionary<string, JsonObject>
        {
            ["fresh"] = fresh,
            ["other"] = Doc("""{"v":"other","eTag":"*"}"""),
            ["existing"] = Doc($$"""{"v":3,"eTag":"{{etag}}"}"""),
        };

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(batch));

        var stored = await Storage.ReadAsync(["fresh", "other", "existing"]);
        Assert.Equal(["existing"], stored.Keys);
        Assert.Equal(2, (int)stored["existing"]["v"]!);
        Assert.Null(StoreItem.GetETag(fresh));
    }

    [Fact]
    public async Task Batch_writes_all_documents()
    {
        var batch = new Dictionary<string, JsonObject> { ["x"] = Doc("""{"v":"x"}"""), ["y"] = Doc("""{"v":"y"}""") };

        await Storage.WriteAsync(batch);

        var stored = await Storage.ReadAsync(["x", "y"]);
        Assert.Equal(StoreItem.GetETag(batch["x"]), StoreItem.GetETag(stored["x"]));
        Assert.Equal(StoreItem.GetETag(batch["y"]), StoreItem.GetETag(stored["y"]));
    }

    [Fact]
    public async Task Concurrent_writers_with_the_same_ETag_exactly_one_wins()
    {
        const int writers = 8;
        var etag = await WriteOneAsync("contested", Doc("""{"writer":-1}"""));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            try
            {
                await Storage.WriteAsync(new Dictionary<string, JsonObject> { ["contested"] = Doc($$"""{"writer":{{writer}},"eTag":"{{etag}}"}""") });
                return writer;
            }
            catch (StorageConflictException)
            {
                return (int?)null;
            }
        })));

        var winner = Assert.Single(outcomes, outcome => outcome is not null);
        Assert.Equal(winner, (int)(await ReadOneAsync("contested"))!["writer"]!);
    }

    [Fact]
    public async Task Documents_read_or_written_are_not_shared_with_storage()
    {
        var written = Doc("""{"list":[1]}""");
        await WriteOneAsync("k", written);
        written["list"]!.AsArray().Add(2);
        var read = await ReadOneAsync("k");
        read!["list"]!.AsArray().Add(3);

        Assert.Equal("[1]", (await ReadOneAsync("k"))!["list"]!.ToJsonString());
    }

    [Fact]
    public async Task A_document_with_a_time_to_live_expires_and_the_others_stay()
    {
        var expiring = Doc("""{"v":"short"}""");
        StoreItem.SetTimeToLive(expiring, TimeSpan.FromSeconds(1));
        var etag = await WriteOneAsync("short", expiring);
        var lasting = Doc("""{"v":"long"}""");
        StoreItem.SetTimeToLive(lasting, TimeSpan.FromHours(1));
        await WriteOneAsync("long", lasting);
        await WriteOneAsync("kept", Doc("""{"v":"kept"}"""));
        Assert.Equal(3, (await Storage.ReadAsync(["short", "long", "kept"])).Count);

        await LetTimePassAsync(TimeSpan.FromSeconds(2));

        Assert.Equal(["kept", "long"], (await Storage.ReadAsync(["short", "long", "kept"])).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3600L, (long)(await ReadOneAsync("long"))![StoreItem.TimeToLiveProperty]!);
        // Expired is gone: a writer still holding its eTag cannot bring it back unnoticed.
        await Assert.ThrowsAsync<StorageConflictException>(() =>
            Storage.WriteAsync(new Dictionary<string, JsonObject> { ["short"] = Doc($$"""{"v":"again","eTag":"{{etag}}"}""") }));
        if (Storage is IExpiringStorage sweepable)
        {
            Assert.Equal(1, await sweepable.DeleteExpiredAsync());
            Assert.Equal(0, await sweepable.DeleteExpiredAsync());
            Assert.Equal(2, (await Storage.ReadAsync(["short", "long", "kept"])).Count);
        }
    }

    [Fact]
    public async Task Each_write_restarts_the_time_to_live_and_a_write_without_one_keeps_the_document()
    {
        // Long enough that the rewrite in between lands in time even when Redis's real clock runs on a busy machine.
        var renewed = Doc("""{"v":1}""");
        StoreItem.SetTimeToLive(renewed, TimeSpan.FromSeconds(6));
        await WriteOneAsync("renewed", renewed);
        var kept = Doc("""{"v":1}""");
        StoreItem.SetTimeToLive(kept, TimeSpan.FromSeconds(1));
        await WriteOneAsync("kept", kept);
        StoreItem.SetTimeToLive(kept, TimeSpan.Zero);
        await WriteOneAsync("kept", kept);

        await LetTimePassAsync(TimeSpan.FromSeconds(4));
        await WriteOneAsync("renewed", renewed);
        await LetTimePassAsync(TimeSpan.FromSeconds(4));

        Assert.Equal(["kept", "renewed"], (await Storage.ReadAsync(["renewed", "kept"])).Keys.Order(StringComparer.Ordinal));
        if (Storage is IExpiringStorage sweepable)
        {
            Assert.Equal(0, await sweepable.DeleteExpiredAsync());
        }
    }
}
