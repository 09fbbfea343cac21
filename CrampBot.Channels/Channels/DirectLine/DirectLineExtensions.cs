using System.Threading.RateLimiting;
using CrampBot.Hosting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using CrampBot.Backplane;
using CrampBot.Builder;

namespace CrampBot.Channels.DirectLine;

/// <summary>Wires the built-in Direct Line 3.0 service into the app.</summary>
public static class DirectLineExtensions
{
    private const string MappedMarker = "CrampBot.DirectLine.Mapped";

    // The rate limiter policy the Direct Line endpoints ask for.
    private const string RateLimitPolicyName = "CrampBot.DirectLine";

    /// <summary>
    /// Registers the Direct Line service: options (<c>DirectLine</c> section), tokens, the conversation store (on the
    /// app's <see cref="Storage.IStorage"/>), the bot bridge (uses the app's <see cref="Builder.BotAdapter"/> and
    /// <see cref="Builder.IBot"/>), the stream hub and its relay from the app's <see cref="IBackplane"/> (none: one instance), CORS for <c>WebChat:AllowedOrigins</c> and the rate limiter policy.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .Validate(o => o.TokenLifetime > TimeSpan.Zero && o.TokenLifetime <= TimeSpan.FromDays(1), "DirectLine:TokenLifetime must be between 0 and 1 day (e.g. 00:30:00).")
            .Validate(o => string.IsNullOrEmpty(o.Secret) || o.Secret.Length >= 16, "DirectLine:Secret must be at least 16 characters long.")
            .Validate(o => o.LogRetention >= TimeSpan.Zero, "DirectLine:LogRetention must not be negative (zero keeps logs until deleted).")
            .Validate(o => o.RateLimitPermits > 0 && o.RateLimitWindow > TimeSpan.Zero, "DirectLine:RateLimitPermits and DirectLine:RateLimitWindow must be positive.")
            .ValidateOnStart();
        services.AddRequestLimits();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DirectLineTokenService>();
        services.TryAddSingleton<DirectLineConversationStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConversationEraser, DirectLineTranscriptEraser>());
        // One instance unless the app registered a shared backplane (Redis) first.
        services.TryAddSingleton<IBackplane, SingleInstanceBackplane>();
        services.TryAddSingleton<DirectLineStreamHub>();
        services.AddHostedService<DirectLineStreamRelay>();
        services.TryAddSingleton<DirectLineBotBridge>();
        services.TryAddSingleton<DirectLineAuthorizer>();

        // Configured lazily so the final configuration (tests, environment) decides the origins.
        services.AddOptions<CorsOptions>().Configure<IConfiguration>((cors, appConfiguration) => cors.AddPolicy(DirectLineCors.PolicyName, policy => policy
            .WithOrigins(DirectLineCors.ReadAllowedOrigins(appConfiguration))
            .AllowAnyHeader()
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            // directlinejs reads Retry-After on a 429; cross-origin it can only if the header is exposed.
            .WithExposedHeaders("Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        services.AddCors();
        // Per client address and conversation: a polling client makes one call a second, and a burst beyond the permits
        // gets 429 with Retry-After, which directlinejs honours. Per conversation rather than per address alone, so
        // patients behind one clinic NAT do not starve each other.
        services.AddRateLimiter(limiter => limiter.AddPolicy(RateLimitPolicyName, new FixedWindowRateLimitPolicy<DirectLineOptions>(
            http => $"{http.Connection.RemoteIpAddress}|{http.Request.RouteValues["conversationId"]}",
            options => options.RateLimitPermits,
            options => options.RateLimitWindow)));
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RequestLimitsOptions>>((limiter, limits) =>
        {
            // Every request to the widget's endpoints also counts against its client address, on top of each endpoint's
            // own limit; /api/messages is left out (Bot Service sends every Teams user's messages from a few addresses).
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.Request.Path.StartsWithSegments(DirectLineEndpoints.BasePath) || http.Request.Path.StartsWithSegments("/api/webchat")
                    ? RateLimits.FixedWindow("address|" + http.Connection.RemoteIpAddress, limits.Value.RequestsPerAddressPermits, limits.Value.RequestsPerAddressWindow)
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            limiter.OnRejected = (context, cancellationToken) => RateLimits.RejectAsync(context, limits.Value.RequestsPerAddressWindow, cancellationToken);
        });
        return services;
    }

    /// <summary>
    /// Adds the middleware Direct Line needs (WebSockets, CORS, rate limiting; each only acts on endpoints that ask
    /// for it) and maps <c>/v3/directline/*</c>. Safe to call more than once.
    /// </summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        var properties = ((IApplicationBuilder)app).Properties;
        if (!properties.TryAdd(MappedMarker, true))
        {
            return app;
        }
        // Created now rather than at the first chat, so a missing DirectLine:Secret is reported at startup.
        app.Services.GetRequiredService<DirectLineTokenService>();
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();
        var group = app.MapGroup(DirectLineEndpoints.BasePath)
            .RequireCors(DirectLineCors.PolicyName)
            .RequireRateLimiting(RateLimitPolicyName);
        DirectLineEndpoints.Map(group);
        DirectLineStreamEndpoint.Map(group);
        return app;
    }
}
