namespace CrampBot.Understanding;

/// <summary>Scores the navigation intents (greeting, help, cancel, terms, forget me, thanks) from 0 to 1.</summary>
internal static class NavigationDetector
{
    private const int ForgetReach = 3;

    // Words that do not change what a short message asks ("can you help me please" is just "help").
    private static readonly HashSet<string> Filler = new(
        new[] {"please", "pls", "plz", "can", "could", "you", "me", "i", "just", "so", "then", "now", "oh", "ok", "okay",
         "well", "bot", "crampbot", "again", "there", "very", "much", "a", "the", "all", "and", "to", "for", "want",
         "would", "like", "id", "im", "lets", "let", "us", "we", "it", "that", "is", "really", "soo", "hmm", "need", "some", "bit", "little", "what", "about", "tell", "more", "know", "do", "does", "show", "give",
         "see", "get", "go", "are", "can", "mate", "dear", "love", "pal", "doc", "sir", "madam", "everyone", "guys",
         "folks", "x", "xx", "xxx"}.Select(Stemmer.Canonical),
        StringComparer.Ordinal);

    public static List<IntentCandidate> Score(Utterance u)
    {
        var result = new List<IntentCandidate>();
        Add(result, Intent.Greeting, Coverage(u, NavigationLexicon.Greeting), whenPartial: 0.25);
        Add(result, Intent.Help, Coverage(u, NavigationLexicon.Help), whenPartial: 0.45);
        Add(result, Intent.Cancel, Coverage(u, NavigationLexicon.Cancel), whenPartial: 0.4);
        Add(result, Intent.Terms, Coverage(u, NavigationLexicon.Terms), whenPartial: 0.6);
        Add(result, Intent.Thanks, Coverage(u, NavigationLexicon.Thanks), whenPartial: 0.25);
        if (AsksToForget(u))
        {
            result.Add(new IntentCandidate(Intent.ForgetMe, null, 0.97));
        }

        return result;
    }

    /// <summary>
    /// A greeting or thanks that opens a message which asks nothing the bot knows ("Hi, I'm new here", "thank you
    /// dear, that has put my mind at rest"): the social opening is what the message is. Null otherwise.
    /// </summary>
    public static Intent? Opening(Utterance u)
    {
        var first = u.WordIndexes().FirstOrDefault(-1);
        if (first < 0)
        {
            return null;
        }

        return NavigationLexicon.Thanks.Matches(u).Any(m => m.Start == first) ? Intent.Thanks
            : NavigationLexicon.Greeting.Matches(u).Any(m => m.Start == first) ? Intent.Greeting
            : null;
    }

    /// <summary>"forget me", "delete my data", "please erase everything you stored".</summary>
    private static bool AsksToForget(Utterance u) =>
        NavigationLexicon.ForgetVerb.Matches(u).Any(verb =>
            NavigationLexicon.ForgetObject.Matches(u).Any(obj =>
                obj.Start >= verb.Start + verb.Length && obj.Start <= verb.Start + verb.Length + ForgetReach));

    /// <summary>Share of the meaningful words covered by the set's phrases (0 when none matches).</summary>
    private static double Coverage(Utterance u, PhraseSet set)
    {
        var covered = new HashSet<int>();
        foreach (var (start, length) in set.Matches(u))
        {
            for (var i = start; i < start + length; i++)
            {
                covered.Add(i);
            }
        }

        if (covered.Count == 0)
        {
            return 0;
        }

        var meaningful = u.WordIndexes().Where(i => !Filler.Contains(u.Canon[i])).ToHashSet();
        if (meaningful.Count == 0)
        {
            return 1;
        }

        return (double)meaningful.Count(covered.Contains) / meaningful.Count;
    }

    // A message that is all navigation scores high; navigation words inside a longer question score low, so the
    // question wins ("hi, why do I get cramps?" is a question, not a greeting).
    private static void Add(List<IntentCandidate> result, Intent intent, double coverage, double whenPartial)
    {
        if (coverage <= 0)
        {
            return;
        }

        var score = coverage >= 0.99 ? 0.95 : coverage >= 0.6 ? 0.8 : whenPartial * coverage / 0.6;
        result.Add(new IntentCandidate(intent, null, score));
    }
}
