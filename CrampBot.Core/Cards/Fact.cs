namespace CrampBot.Cards;

/// <summary>One name/value pair of a <see cref="FactSet"/>.</summary>
public sealed record Fact(string Title, string Value);
