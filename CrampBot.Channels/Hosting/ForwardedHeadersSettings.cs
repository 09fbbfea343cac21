namespace CrampBot.Hosting;

/// <summary>
/// The reverse proxies or load balancers in front of the app (configuration section <c>ForwardedHeaders</c>). Only
/// when one is listed is <c>X-Forwarded-For</c> read for the client address the per-address limits use; otherwise
/// anyone could claim any address.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies (e.g. <c>10.0.0.4</c>).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form (e.g. <c>10.0.0.0/8</c>).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>True when at least one proxy or network is configured.</summary>
    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
