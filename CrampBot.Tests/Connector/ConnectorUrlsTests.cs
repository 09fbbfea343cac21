using CrampBot.Channels.Connector;

namespace CrampBot.Tests.Connector;

/// <summary>Joining serviceUrls of both shapes seen in the wild with the v3 paths (no request is sent).</summary>
public sealed class ConnectorUrlsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities/x")]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities/x")]
    [InlineData("http://localhost:56150/_connector", "http://localhost:56150/_connector/v3/conversations/a%3A1/activities/x")]
    [InlineData("http://localhost:56150/_connector/", "http://localhost:56150/_connector/v3/conversations/a%3A1/activities/x")]
    [InlineData("http://localhost:3978", "http://localhost:3978/v3/conversations/a%3A1/activities/x")]
    [InlineData("http://localhost:3978/", "http://localhost:3978/v3/conversations/a%3A1/activities/x")]
    [InlineData("https://host/base/?q=1#frag", "https://host/base/v3/conversations/a%3A1/activities/x")]
    public void Reply_url_keeps_the_path_and_never_doubles_a_slash(string serviceUrl, string expected)
    {
        var url = ConnectorUrls.Activities(ConnectorUrls.ParseServiceUrl(serviceUrl), "a:1", "x");

        Assert.Equal(expected, url.AbsoluteUri);
    }

    [Fact]
    public void Ids_are_escaped_as_data_so_they_cannot_change_the_path()
    {
        var url = ConnectorUrls.Activities(new Uri("https://host/amer/"), "19:abc@thread.tacv2;messageid=1", "../../x?y");

        Assert.Equal("/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1/activities/..%2F..%2Fx%3Fy", url.PathAndQuery);
    }
}
