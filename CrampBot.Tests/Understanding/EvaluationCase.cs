using CrampBot.Understanding;

namespace CrampBot.Tests.Understanding;

/// <summary>One labelled line of evaluation-set.tsv.</summary>
public sealed record EvaluationCase(int Line, string Tag, RedFlag RedFlag, string Utterance)
{
    public override string ToString() => $"{Line}: {Utterance}";
}
