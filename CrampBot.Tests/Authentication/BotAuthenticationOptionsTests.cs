using CrampBot.Channels.Authentication;
using CrampBot.Channels.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrampBot.Tests.Authentication;

/// <summary>The startup self-check, and what happens with no app id.</summary>
public sealed class BotAuthenticationOptionsTests
{
    private const string Tenant = "0b6c2c43-8f1e-4b0c-9c47-5d7a1d2f3e4a";

    public static TheoryData<Dictionary<string, string?>, string> ImpossibleConfigurations => new()
    {
        { new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppId"] = TestTokens.AppId, ["MicrosoftAppPassword"] = "s" }, "needs MicrosoftAppTenantId" },
        { new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppId"] = TestTokens.AppId, ["MicrosoftAppPassword"] = "s", ["MicrosoftAppTenantId"] = "contoso.onmicrosoft.com" }, "tenant's GUID" },
        { new() { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppTenantId"] = Tenant }, "needs MicrosoftAppId" },
        { new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppTenantId"] = Tenant }, "needs MicrosoftAppId" },
        { new() { ["MicrosoftAppId"] = TestTokens.AppId }, "needs MicrosoftAppPassword or a certificate" },
        { new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppId"] = TestTokens.AppId, ["MicrosoftAppTenantId"] = Tenant }, "needs MicrosoftAppPassword or a certificate" },
        { new() { ["MicrosoftAppType"] = "Federated", ["MicrosoftAppId"] = TestTokens.AppId, ["MicrosoftAppPassword"] = "s" }, "is unknown" },
        { new() { ["MicrosoftAppId"] = TestTokens.AppId, ["MicrosoftAppCertificatePath"] = "/nonexistent/bot.pfx" }, "does not exist" },
        { new() { ["MicrosoftAppId"] = TestTokens.AppId, ["MicrosoftAppPassword"] = "s", ["ToBotFromChannelOpenIdMetadataUrl"] = "http://login.example/metadata" }, "ToBotFromChannelOpenIdMetadataUrl must be an absolute https URL" },
        { new() { ["MicrosoftAppId"] = TestTokens.AppId, ["MicrosoftAppPassword"] = "s", ["ToChannelFromBotLoginUrl"] = "login" }, "ToChannelFromBotLoginUrl must be an absolute https URL" },
        { new() { ["MicrosoftAppId"] = TestTokens.AppId, ["MicrosoftAppPassword"] = "s", ["ToChannelFromBotLoginUrl"] = "http://127.0.0.1:5000/botframework.com" }, "MSAL refuses http authorities" },
    };

    public static TheoryData<Dictionary<string, string?>> WorkableConfigurations => new()
    {
        new Dictionary<string, string?>(),
        new() { ["MicrosoftAppId"] = TestTokens.AppId, ["MicrosoftAppPassword"] = "s" },
        new() { ["MicrosoftAppType"] = "singletenant", ["MicrosoftAppId"] = TestTokens.AppId, ["MicrosoftAppPassword"] = "s", ["MicrosoftAppTenantId"] = Tenant },
        new() { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppId"] = TestTokens.AppId, ["MicrosoftAppTenantId"] = Tenant },
        new() { ["MicrosoftAppId"] = TestTokens.AppId, ["MicrosoftAppPassword"] = "s", ["ToBotFromChannelOpenIdMetadataUrl"] = "http://127.0.0.1:5000/metadata" },
    };

    [Theory]
    [MemberData(nameof(ImpossibleConfigurations))]
    public async Task An_impossible_configuration_is_reported_and_stops_startup(Dictionary<string, string?> settings, string expectedProblem)
    {
        Assert.Contains(Bind(settings).Validate(), problem => problem.Contains(expectedProblem, StringComparison.Ordinal));

        var logs = new CapturedLogs();
        using var host = BuildHost(settings, logs);
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(failure.Failures, problem => problem.Contains(expectedProblem, StringComparison.Ordinal));
        Assert.Contains(logs.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains(expectedProblem, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(WorkableConfigurations))]
    public void A_workable_configuration_has_no_problems(Dictionary<string, string?> settings) =>
        Assert.Empty(Bind(settings).Validate());

    [Fact]
    public async Task Without_an_app_id_authentication_is_off_and_the_log_says_so_loudly()
    {
        var logs = new CapturedLogs();
        using var host = BuildHost(new Dictionary<string, string?>(), logs);
        await host.StartAsync();

        var authenticator = host.Services.GetRequiredService<IBotFrameworkAuthenticator>();
        Assert.False(authenticator.IsEnabled);
        Assert.Contains(logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("authentication is OFF", StringComparison.Ordinal));

        var anonymous = await authenticator.AuthenticateAsync(null, AuthenticationServices.TeamsActivity());
        Assert.True(anonymous.Succeeded);
        Assert.Equal(BotTokenSource.AuthenticationDisabled, anonymous.Source);
        Assert.True((await authenticator.AuthenticateBearerAsync(TestTokens.PlaygroundDummy())).Succeeded);

        var tokens = host.Services.GetRequiredService<IAccessTokenProvider>();
        Assert.IsType<NullAccessTokenProvider>(tokens);
        Assert.Null(await tokens.GetAccessTokenAsync(TestTokens.ServiceUrl));
        await host.StopAsync();
    }

    [Fact]
    public async Task With_an_app_id_the_log_says_authentication_is_on()
    {
        var logs = new CapturedLogs();
        using var host = BuildHost(new Dictionary<string, string?> { ["MicrosoftAppId"] = TestTokens.AppId, ["MicrosoftAppPassword"] = "s" }, logs);
        await host.StartAsync();

        Assert.True(host.Services.GetRequiredService<IBotFrameworkAuthenticator>().IsEnabled);
        Assert.IsType<MsalAccessTokenProvider>(host.Services.GetRequiredService<IAccessTokenProvider>());
        Assert.Contains(logs.Entries, entry => entry.Level == LogLevel.Information && entry.Message.Contains("authentication ON", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, entry => entry.Level >= LogLevel.Warning);
        await host.StopAsync();
    }

    [Fact]
    public void Outbound_authority_and_scope_follow_the_app_type_unless_configured()
    {
        Assert.Equal("https://login.microsoftonline.com/botframework.com", Bind(new() { ["MicrosoftAppId"] = TestTokens.AppId }).ChannelLoginUrl);
        Assert.Equal(
            $"https://login.microsoftonline.com/{Tenant}",
            Bind(new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppTenantId"] = Tenant }).ChannelLoginUrl);
        Assert.Equal("https://login.example/t", Bind(new() { ["ToChannelFromBotLoginUrl"] = "https://login.example/t" }).ChannelLoginUrl);
        Assert.Equal("https://api.botframework.com/.default", Bind([]).ChannelOAuthScope);
        Assert.Equal(
            $"https://login.microsoftonline.com/{Tenant}/v2.0/.well-known/openid-configuration",
            Bind(new() { ["MicrosoftAppTenantId"] = Tenant }).TenantOpenIdMetadataUrl);
    }

    private static BotAuthenticationOptions Bind(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().Get<BotAuthenticationOptions>() ?? new BotAuthenticationOptions();

    private static IHost BuildHost(Dictionary<string, string?> settings, CapturedLogs logs)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(logs);
        builder.Services.AddBotAuthentication(builder.Configuration);
        return builder.Build();
    }
}
