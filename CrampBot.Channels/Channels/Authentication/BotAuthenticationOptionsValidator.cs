using Microsoft.Extensions.Options;

namespace CrampBot.Channels.Authentication;

/// <summary>Startup self-check: logs each problem of <see cref="BotAuthenticationOptions.Validate"/> and fails startup on any.</summary>
internal sealed partial class BotAuthenticationOptionsValidator(ILogger<BotAuthenticationOptionsValidator> logger)
    : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var problems = options.Validate();
        foreach (var problem in problems)
        {
            LogProblem(logger, problem);
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot authentication configuration cannot work: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);
}
