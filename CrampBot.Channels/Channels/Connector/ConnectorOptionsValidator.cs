using Microsoft.Extensions.Options;

namespace CrampBot.Channels.Connector;

/// <summary>Fails start-up with the exact setting at fault when the <c>Connector</c> section is unusable.</summary>
internal sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
