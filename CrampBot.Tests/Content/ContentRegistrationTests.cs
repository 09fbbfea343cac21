using CrampBot.Content;
using CrampBot.Understanding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace CrampBot.Tests.Content;

public sealed class ContentRegistrationTests
{
    [Fact]
    public void The_catalog_and_recognizer_are_registered_with_configured_values()
    {
        var configuration = Configuration(new()
        {
            ["Content:Reviewer"] = "Dr B. Reviewer",
            ["Content:ReviewedOn"] = "2026-03-01",
            ["Content:NextReviewDate"] = "2027-03-01",
            ["Content:ReviewedVersion"] = TestContent.Catalog.Version,
            ["Content:EmergencyNumber"] = "911",
        });
        using var provider = new ServiceCollection()
            .AddSingleton(configuration)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development })
            .AddLogging()
            .AddCrampBotContent()
            .AddCrampBotUnderstanding()
            .BuildServiceProvider();

        var catalog = provider.GetRequiredService<ContentCatalog>();
        Assert.Equal(new ContentReview("Dr B. Reviewer", new DateOnly(2026, 3, 1), new DateOnly(2027, 3, 1)), catalog.Review);
        Assert.Equal("911", catalog.EmergencyNumber);
        Assert.Same(catalog, provider.GetRequiredService<ContentCatalog>());
        Assert.Equal(Intent.Topic, provider.GetRequiredService<CrampRecognizer>().Recognize("what is a dvt").Intent);
    }

    [Fact]
    public void Bad_configuration_stops_the_app_at_startup()
    {
        using var host = new BotHost(new Dictionary<string, string?> { ["Content:NextReviewDate"] = "someday" });

        var e = Assert.ThrowsAny<Exception>(() => host.CreateClient());
        Assert.Contains(Messages(e), m => m.Contains("Content:NextReviewDate", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Messages(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e.Message;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Messages))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
