using CrampBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CrampBot.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class BlobStorageTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("msteams/conversations/a:1/users/29:1Abc")]
    [InlineData("with spaces and dots...")]
    [InlineData("../../etc/passwd")]
    [InlineData("Zoë 💬 κράμπα")]
    [InlineData("tilde~2F is not a slash")]
    [InlineData("trailing/")]
    public async Task Odd_keys_round_trip_to_their_own_blob(string key)
    {
        var storage = new BlobStorage(azurite.NewContainer(), NullLogger<BlobStorage>.Instance);
        await storage.WriteAsync(new Dictionary<string, JsonObject> { [key] = new() { ["key"] = key } });
        await storage.WriteAsync(new Dictionary<string, JsonObject> { [key + "x"] = new() { ["key"] = "other" } });

        var read = await storage.ReadAsync([key]);

        Assert.Equal(key, (string)read[key]["key"]!);
        var name = BlobStorage.BlobName(key);
        Assert.True(await storage.Container.GetBlobClient(name).ExistsAsync());
        Assert.DoesNotContain('/', name);
        Assert.DoesNotContain('.', name);
        Assert.DoesNotContain(' ', name);
    }

    [Fact]
    public async Task Very_long_keys_are_hashed_and_stay_distinct()
    {
        var storage = new BlobStorage(azurite.NewContainer(), NullLogger<BlobStorage>.Instance);
        var prefix = new string('ü', 2000);
        string[] keys = [prefix + "a", prefix + "b"];

        await storage.WriteAsync(keys.ToDictionary(key => key, key => new JsonObject { ["last"] = key[^1..] }));
        var read = await storage.ReadAsync(keys);

        Assert.Equal("a", (string)read[keys[0]]["last"]!);
        Assert.Equal("b", (string)read[keys[1]]["last"]!);
        Assert.All(keys, key => Assert.True(BlobStorage.BlobName(key).Length <= BlobStorage.MaxBlobNameLength));
        Assert.NotEqual(BlobStorage.BlobName(keys[0]), BlobStorage.BlobName(keys[1]));
    }

    [Fact]
    public async Task The_blob_holds_the_json_without_the_eTag_and_a_non_object_blob_reads_as_missing()
    {
        var storage = new BlobStorage(azurite.NewContainer(), NullLogger<BlobStorage>.Instance);
        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = new() { ["v"] = 1, ["eTag"] = "*" } });

        var blob = (await storage.Container.GetBlobClient(BlobStorage.BlobName("k")).DownloadContentAsync()).Value;
        Assert.Equal("""{"v":1}""", blob.Content.ToString());
        Assert.Equal("application/json", blob.Details.ContentType);

        await storage.Container.GetBlobClient(BlobStorage.BlobName("bad")).UploadAsync(BinaryData.FromString("[1,2]"));
        await storage.Container.GetBlobClient(BlobStorage.BlobName("worse")).UploadAsync(BinaryData.FromString("not json"));
        Assert.Equal(["k"], (await storage.ReadAsync(["k", "bad", "worse"])).Keys);
    }

    [Fact]
    public void Distinct_keys_get_distinct_names()
    {
        string[] keys = ["a/b", "a~2Fb", "a_b", "a-b", "A/b", "~", "", "a b", "a%20b"];

        Assert.Equal(keys.Length, keys.Select(BlobStorage.BlobName).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Blob_provider_with_a_connection_string_gives_blob_storage_and_creates_the_container()
    {
        var container = "registered-" + Guid.NewGuid().ToString("N")[..12];
        using var provider = StorageServices.Build(azurite.AppSettings(container));

        var storage = Assert.IsType<BlobStorage>(provider.GetRequiredService<IStorage>());
        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = new() { ["v"] = 1 } });

        Assert.Equal(container, storage.Container.Name);
        Assert.True(await storage.Container.ExistsAsync());
        Assert.Equal(1, (int)(await storage.ReadAsync(["k"]))["k"]["v"]!);
    }

    [Theory]
    [InlineData(null, null, "exactly one of ServiceUri and ConnectionString")]
    [InlineData("https://account.blob.core.windows.net/", "UseDevelopmentStorage=true", "exactly one of ServiceUri and ConnectionString")]
    [InlineData(null, "UseDevelopmentStorage=true", "ContainerName", "Bad_Name")]
    public void Blob_provider_settings_are_validated(string? serviceUri, string? connectionString, string message, string container = "state")
    {
        using var provider = StorageServices.Build(new()
        {
            ["Storage:Provider"] = "blob",
            ["Storage:Blob:ContainerName"] = container,
            ["Storage:Blob:ServiceUri"] = serviceUri,
            ["Storage:Blob:ConnectionString"] = connectionString,
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStorage>());
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Blob_provider_with_a_service_uri_uses_that_account()
    {
        using var provider = StorageServices.Build(new()
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:ServiceUri"] = "https://crampbotstate.blob.core.windows.net/",
        });

        var storage = Assert.IsType<BlobStorage>(provider.GetRequiredService<IStorage>());
        Assert.Equal(new Uri("https://crampbotstate.blob.core.windows.net/crampbot-state"), storage.Container.Uri);
    }
}
