using Microsoft.AspNetCore.Mvc.Testing;
public class SmokeTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Health() => Assert.Equal("ok", await factory.CreateClient().GetStringAsync("/healthz"));
}
