using Microsoft.Identity.Client;

namespace CrampBot.Channels.Authentication;

/// <summary>Hands MSAL the named <see cref="IHttpClientFactory"/> client, so hosts (and tests) configure its handler.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(BotAuthenticationHttpClients.TokenService);
}
