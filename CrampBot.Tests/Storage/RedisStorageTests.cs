using CrampBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CrampBot.Tests.Storage;

[Collection(RedisCollection.Name)]
public sealed class RedisStorageTests(RedisServer server)
{
    [Fact]
    public async Task Redis_provider_gives_redis_storage_on_one_shared_connection()
    {
        var prefix = RedisServer.UniquePrefix();
        await using var provider = StorageServices.Build(new()
        {
            ["Storage:Provider"] = "redis",
            ["Storage:Redis:Configuration"] = server.Configuration,
            ["Storage:Redis:KeyPrefix"] = prefix,
        });

        var storage = Assert.IsType<RedisStorage>(provider.GetRequiredService<IStorage>());
        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = new() { ["v"] = 1 } });

        Assert.Equal(prefix, storage.KeyPrefix);
        Assert.Same(storage, provider.GetRequiredService<IStorage>());
        Assert.True(provider.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>().IsConnected);
        Assert.True(await server.Connection.GetDatabase().KeyExistsAsync(prefix + "k"));
    }

    [Fact]
    public void Key_prefix_defaults_to_crampbot()
    {
        Assert.Equal("crampbot:", new StorageOptions().Redis.KeyPrefix);
    }

    [Fact]
    public void Redis_provider_without_a_configuration_fails_with_a_clear_message()
    {
        using var provider = StorageServices.Build(new() { ["Storage:Provider"] = "Redis" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStorage>());
        Assert.Contains("Storage:Redis:Configuration", error.Message);
    }

    [Fact]
    public async Task Odd_keys_are_stored_under_the_prefix_and_read_back()
    {
        var prefix = RedisServer.UniquePrefix();
        var storage = new RedisStorage(server.Connection, prefix, NullLogger<RedisStorage>.Instance);
        string[] keys = ["Zoë 🦵 key with spaces", "a:b/c\\d*?[x]", new string('k', 5000), "\"quoted\"\n\t"];

        await storage.WriteAsync(keys.ToDictionary(key => key, key => new JsonObject { ["key"] = key }));
        var read = await storage.ReadAsync(keys);

        Assert.Equal(keys.Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
        Assert.All(keys, key => Assert.Equal(key, (string)read[key]["key"]!));
        Assert.True(await server.Connection.GetDatabase().KeyExistsAsync(prefix + keys[0]));
        await storage.DeleteAsync(keys);
        Assert.Empty(await storage.ReadAsync(keys));
    }

    [Fact]
    public async Task Stores_with_other_prefixes_do_not_see_each_other()
    {
        var mine = new RedisStorage(server.Connection, RedisServer.UniquePrefix(), NullLogger<RedisStorage>.Instance);
        var theirs = new RedisStorage(server.Connection, RedisServer.UniquePrefix(), NullLogger<RedisStorage>.Instance);

        await mine.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = new() { ["v"] = 1 } });

        Assert.Empty(await theirs.ReadAsync(["k"]));
    }

    [Fact]
    public async Task A_value_that_is_not_a_json_object_reads_as_missing()
    {
        var prefix = RedisServer.UniquePrefix();
        var storage = new RedisStorage(server.Connection, prefix, NullLogger<RedisStorage>.Instance);
        await server.Connection.GetDatabase().HashSetAsync(prefix + "bad", [new("document", "[1,2"), new("etag", "x")]);

        Assert.Empty(await storage.ReadAsync(["bad"]));
    }
}
