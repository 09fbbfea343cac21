using System.Text.Json;

namespace CrampBot.Builder;

/// <summary>Reads and writes one property of a <see cref="BotState"/> document as a typed value.</summary>
internal sealed class StatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T?> GetAsync(TurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedAsync(turnContext, cancellationToken);
        if (cached.Values.TryGetValue(Name, out var held))
        {
            return (T?)held.Value;
        }
        if (cached.Document.TryGetPropertyValue(Name, out var node) && node is not null)
        {
            var value = node.Deserialize<T>(BotState.ValueJson);
            cached.Values[Name] = (value, typeof(T));
            return value;
        }
        if (defaultValueFactory is null)
        {
            return default;
        }
        var created = defaultValueFactory();
        cached.Values[Name] = (created, typeof(T));
        return created;
    }

    public async Task SetAsync(TurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedAsync(turnContext, cancellationToken);
        cached.Values[Name] = (value, typeof(T));
    }

    public async Task DeleteAsync(TurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedAsync(turnContext, cancellationToken);
        cached.Values.Remove(Name);
        cached.Document.Remove(Name);
    }
}
