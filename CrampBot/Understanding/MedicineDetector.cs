using CrampBot.Content;

namespace CrampBot.Understanding;

/// <summary>
/// Finds the leaflet's medicines (by name or recognizer synonym), medicines it does not list ("does ibuprofen cause
/// cramps?"), and requests to stop a medicine.
/// </summary>
internal sealed class MedicineDetector
{
    private const int MinUnknownNameLength = 4;
    private const int StopReach = 5;
    private static readonly string[] EnglishEndings = ["ed", "ing", "ly", "ness", "ment", "tion", "ful", "less", "ous", "able"];
    private readonly (Medicine Medicine, PhraseSet Names, PhraseSet Synonyms)[] _medicines;

    public MedicineDetector(IEnumerable<Medicine> catalogMedicines)
    {
        _medicines = [.. catalogMedicines.Select(m => (m, new PhraseSet([m.Name, m.Id]), new PhraseSet(m.RecognizerSynonyms)))];
    }

    /// <summary>Every word of every medicine name and synonym, for the spelling vocabulary.</summary>
    public IEnumerable<string> Words => _medicines.SelectMany(m => m.Names.Words.Concat(m.Synonyms.Words));

    public List<(MedicineMention Mention, int Start, int Length)> Known(Utterance u)
    {
        var found = new List<(MedicineMention, int, int)>();
        foreach (var (medicine, names, synonyms) in _medicines)
        {
            // The first mention (matches come in order of start); at the same start a name before a synonym.
            var byName = names.Matches(u);
            var bySynonym = synonyms.Matches(u);
            if (byName.Count == 0 && bySynonym.Count == 0)
            {
                continue;
            }

            var viaSynonym = byName.Count == 0 || (bySynonym.Count > 0 && bySynonym[0].Start < byName[0].Start);
            var (start, length) = viaSynonym ? bySynonym[0] : byName[0];
            var said = string.Join(' ', u.Typed.Skip(start).Take(length));
            found.Add((new MedicineMention(medicine.Id, said, viaSynonym), start, length));
        }

        return [.. found.OrderBy(f => f.Item2)];
    }

    /// <summary>
    /// A word that looks like a medicine the leaflet does not list, or null. It is "certain" when its place leaves
    /// little doubt ("I take X", "X tablets") or it ends like a medicine name; otherwise a confident topic wins.
    /// </summary>
    public (int Index, bool Certain)? Unknown(Utterance u, SpellingCorrector corrector, IReadOnlyCollection<(int Start, int Length)> knownSpans)
    {
        if (!MedicineLexicon.Context.IsIn(u))
        {
            return null;
        }

        foreach (var i in u.WordIndexes())
        {
            var word = u.Typed[i];
            if (word.Length < MinUnknownNameLength || !word.All(char.IsLetter) || u.Corrected[i] || corrector.IsKnown(word))
            {
                continue;
            }

            if (knownSpans.Any(s => i >= s.Start && i < s.Start + s.Length) || LooksLikeEnglish(word))
            {
                continue;
            }

            var strongSlot = Before(u, i, MedicineLexicon.StrongSlotBefore) || After(u, i, MedicineLexicon.StrongSlotAfter);
            var looksLikeDrug = MedicineLexicon.DrugSuffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal));
            if (strongSlot || looksLikeDrug)
            {
                return (i, true);
            }

            if (Before(u, i, MedicineLexicon.SlotBefore) || After(u, i, MedicineLexicon.SlotAfter))
            {
                return (i, false);
            }
        }

        return null;
    }

    private static bool Before(Utterance u, int i, PhraseSet set) => i > 0 && set.ContainsToken(u.Canon[i - 1]);

    private static bool After(Utterance u, int i, PhraseSet set) => i + 1 < u.Count && set.ContainsToken(u.Canon[i + 1]);

    // Medicine names almost never end like English verbs, adverbs or abstract nouns ("based", "feeling", "badly").
    private static bool LooksLikeEnglish(string word) =>
        EnglishEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    /// <summary>True when a stop verb takes a medicine as its object ("should I stop my statins?", "come off my tablets").</summary>
    public static bool AsksToStop(Utterance u, IReadOnlyCollection<int> medicineStarts)
    {
        var medicineAt = new HashSet<int>(medicineStarts);
        foreach (var (start, _) in MedicineLexicon.GenericMedicine.Matches(u))
        {
            medicineAt.Add(start);
        }

        foreach (var (verb, length) in MedicineLexicon.StopVerb.Matches(u))
        {
            for (var i = verb + length; i < u.Count && i <= verb + length + StopReach; i++)
            {
                if (u.IsBoundary(i) || u.Canon[i] is "cramp")
                {
                    break;
                }

                if (medicineAt.Contains(i))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
