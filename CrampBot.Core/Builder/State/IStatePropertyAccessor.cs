namespace CrampBot.Builder;

/// <summary>A named, typed property of a <see cref="BotState"/> (e.g. the dialog stack in conversation state).</summary>
public interface IStatePropertyAccessor<T>
{
    /// <summary>The property's name inside its state document.</summary>
    string Name { get; }

    /// <summary>
    /// Gets the value for this turn. When it is absent and <paramref name="defaultValueFactory"/> is given, the
    /// default is created and stored. The same instance is returned for the rest of the turn; changes made to it are saved.
    /// </summary>
    Task<T?> GetAsync(Builder.TurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces the value for this turn (saved by <see cref="BotState.SaveChangesAsync"/>).</summary>
    Task SetAsync(Builder.TurnContext turnContext, T value, CancellationToken cancellationToken = default);

    /// <summary>Removes the value (saved by <see cref="BotState.SaveChangesAsync"/>).</summary>
    Task DeleteAsync(Builder.TurnContext turnContext, CancellationToken cancellationToken = default);
}
