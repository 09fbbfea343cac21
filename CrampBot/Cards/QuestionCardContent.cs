namespace CrampBot.Cards;

/// <summary>The texts of a question card; every word comes from the content file.</summary>
/// <param name="Question">The question, e.g. "Do you have any of these in the leg that hurts?".</param>
/// <param name="Items">What to consider, one item a line.</param>
/// <param name="Answers">The answer buttons.</param>
public sealed record QuestionCardContent(string Question, IReadOnlyList<string> Items, IReadOnlyList<CardButton> Answers);
