using System.Text;
using CrampBot.Channels.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace CrampBot.Tests.Authentication;

/// <summary>Azure Bot Service tokens against a local issuer: the good one passes, every forgery fails for its own reason.</summary>
public sealed class ChannelTokenTests(ChannelIssuerFixture fixture) : IClassFixture<ChannelIssuerFixture>
{
    private IBotFrameworkAuthenticator Authenticator => fixture.Authenticator;

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task A_token_signed_by_an_endorsed_published_key_passes(string algorithm)
    {
        var result = await Authenticator.AuthenticateBearerAsync(TestTokens.Channel(fixture.TeamsKey.Credentials(algorithm)));

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(BotTokenSource.BotFrameworkChannel, result.Source);
        Assert.Equal(BotAuthenticationDefaults.AzureBotServiceCallerId, result.CallerId);
        Assert.Equal(TestTokens.AppId, result.Identity!.FindFirst("aud")!.Value);
    }

    [Fact]
    public async Task The_serviceurl_claim_may_differ_from_the_activity_by_a_trailing_slash_only()
    {
        var token = TestTokens.Channel(fixture.TeamsKey.Credentials(), serviceUrl: "https://smba.trafficmanager.net/amer/");
        var activity = AuthenticationServices.TeamsActivity(serviceUrl: "https://smba.trafficmanager.net/amer");

        Assert.True((await Authenticator.AuthenticateBearerAsync(token, activity)).Succeeded);
    }

    [Fact]
    public async Task Validated_tokens_reuse_the_cached_key_set()
    {
        var before = fixture.Issuer.KeySetRequests(ChannelIssuerFixture.Authority);
        await Authenticator.AuthenticateBearerAsync(TestTokens.Channel(fixture.TeamsKey.Credentials()));
        await Authenticator.AuthenticateBearerAsync(TestTokens.Channel(fixture.TeamsKey.Credentials()));

        Assert.True(fixture.Issuer.KeySetRequests(ChannelIssuerFixture.Authority) <= Math.Max(before, 1));
    }

    [Fact]
    public Task Bad_signature_fails() =>
        AssertRejected(TestTokens.Channel(fixture.AttackerKey.Credentials(claimedKeyId: fixture.TeamsKey.KeyId)), BotAuthenticationFailure.InvalidSignature);

    [Fact]
    public Task A_key_the_issuer_does_not_publish_fails() =>
        AssertRejected(TestTokens.Channel(fixture.AttackerKey.Credentials()), BotAuthenticationFailure.UnknownSigningKey);

    [Fact]
    public Task Expired_beyond_the_clock_skew_fails() =>
        AssertRejected(
            TestTokens.Channel(fixture.TeamsKey.Credentials(), notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-10)),
            BotAuthenticationFailure.Expired);

    [Fact]
    public async Task Expired_within_the_five_minute_clock_skew_passes()
    {
        var token = TestTokens.Channel(fixture.TeamsKey.Credentials(), notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddMinutes(-2));

        Assert.True((await Authenticator.AuthenticateBearerAsync(token)).Succeeded);
    }

    [Fact]
    public Task Not_yet_valid_beyond_the_clock_skew_fails() =>
        AssertRejected(
            TestTokens.Channel(fixture.TeamsKey.Credentials(), notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1)),
            BotAuthenticationFailure.NotYetValid);

    [Fact]
    public Task Wrong_issuer_fails() =>
        AssertRejected(TestTokens.Channel(fixture.TeamsKey.Credentials(), issuer: "https://api.botframework.com.evil.example"), BotAuthenticationFailure.InvalidIssuer);

    [Fact]
    public Task Wrong_audience_fails() =>
        AssertRejected(TestTokens.Channel(fixture.TeamsKey.Credentials(), audience: "11111111-2222-3333-4444-555555555555"), BotAuthenticationFailure.InvalidAudience);

    [Fact]
    public Task A_serviceurl_claim_for_another_service_fails() =>
        AssertRejected(TestTokens.Channel(fixture.TeamsKey.Credentials(), serviceUrl: "https://attacker.example/amer"), BotAuthenticationFailure.ServiceUrlMismatch);

    [Fact]
    public Task A_channel_token_without_serviceurl_claim_fails() =>
        AssertRejected(TestTokens.Channel(fixture.TeamsKey.Credentials(), serviceUrl: null), BotAuthenticationFailure.ServiceUrlMismatch);

    [Fact]
    public Task A_key_not_endorsed_for_the_activity_channel_fails() =>
        AssertRejected(TestTokens.Channel(fixture.DirectLineKey.Credentials()), BotAuthenticationFailure.MissingEndorsement);

    [Fact]
    public async Task The_same_key_passes_for_the_channel_it_is_endorsed_for()
    {
        var result = await Authenticator.AuthenticateBearerAsync(
            TestTokens.Channel(fixture.DirectLineKey.Credentials()), AuthenticationServices.TeamsActivity(channelId: "directline"));

        Assert.True(result.Succeeded, result.ToString());
    }

    [Fact]
    public Task Alg_none_fails() => AssertRejected(TestTokens.Unsigned(), BotAuthenticationFailure.UnsupportedAlgorithm);

    [Fact]
    public Task The_playgrounds_dummy_HS256_token_fails() =>
        AssertRejected(TestTokens.PlaygroundDummy(), BotAuthenticationFailure.UnsupportedAlgorithm);

    [Fact]
    public Task HS256_keyed_with_the_published_public_key_fails() =>
        AssertRejected(TestTokens.Hs256(fixture.TeamsKey.PublicModulus, fixture.TeamsKey.KeyId), BotAuthenticationFailure.UnsupportedAlgorithm);

    [Fact]
    public Task PS256_outside_the_RS256_family_fails() =>
        AssertRejected(TestTokens.Channel(fixture.TeamsKey.Credentials(SecurityAlgorithms.RsaSsaPssSha256)), BotAuthenticationFailure.UnsupportedAlgorithm);

    [Fact]
    public async Task A_missing_header_fails()
    {
        Assert.Equal(BotAuthenticationFailure.MissingAuthorizationHeader, (await Authenticator.AuthenticateAsync(null, AuthenticationServices.TeamsActivity())).Failure);
        Assert.Equal(BotAuthenticationFailure.MissingAuthorizationHeader, (await Authenticator.AuthenticateAsync("  ", AuthenticationServices.TeamsActivity())).Failure);
    }

    [Theory]
    [InlineData("Basic x")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer a b")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.e30.x")]
    public async Task A_malformed_header_fails(string header)
    {
        var result = await Authenticator.AuthenticateAsync(header, AuthenticationServices.TeamsActivity());

        Assert.Equal(BotAuthenticationFailure.MalformedAuthorizationHeader, result.Failure);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    public Task A_bearer_value_that_is_no_JWT_fails(string token) => AssertRejected(token, BotAuthenticationFailure.MalformedToken);

    [Fact]
    public Task A_token_whose_payload_was_altered_after_signing_fails()
    {
        var parts = TestTokens.Channel(fixture.TeamsKey.Credentials()).Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace(TestTokens.AppId, "a-different-app");
        return AssertRejected($"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}", BotAuthenticationFailure.InvalidSignature);
    }

    private async Task AssertRejected(string token, BotAuthenticationFailure expected)
    {
        var result = await Authenticator.AuthenticateBearerAsync(token);

        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Failure);
        Assert.Null(result.Identity);
    }
}
