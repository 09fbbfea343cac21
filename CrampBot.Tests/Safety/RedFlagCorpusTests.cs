using CrampBot.Tests.CrampConversation;

namespace CrampBot.Tests.Safety;

/// <summary>
/// The whole red-flag corpus through <c>POST /api/messages</c>, each row in its own conversation and at its own point
/// of the conversation. The build fails below 100 % on emergency and same-day rows, and on any plain denial that
/// raises an emergency. The table by category is printed for the closing note and the README.
/// </summary>
public sealed class RedFlagCorpusTests(CrampHost bot, ITestOutputHelper output) : IClassFixture<CrampHost>
{
    [Fact]
    public Task Every_emergency_and_same_day_phrasing_gets_its_advice_and_plain_denials_raise_no_emergency() =>
        RunAsync(RedFlagCorpus.Cases);

    [Fact]
    public Task The_held_out_batch_passes_too() => RunAsync(RedFlagCorpus.HeldOut);

    private async Task RunAsync(IReadOnlyList<CorpusCase> cases)
    {
        var reader = new TriageReplyReader(bot.Content);
        var results = new List<(CorpusCase Case, TriageReply Reply)>();
        foreach (var row in cases)
        {
            results.Add((row, await ReplyToAsync(row, reader)));
        }

        Report(results);
        var failures = results.Where(r => !Meets(r.Case.Expected, r.Reply)).Select(r => $"{r.Case} → {r.Reply}").ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {results.Count} corpus rows failed:\n{string.Join("\n", failures)}");
    }

    [Fact]
    public void The_corpus_is_big_enough_and_covers_every_context()
    {
        Assert.True(RedFlagCorpus.HeldOut.Count >= 100, $"{RedFlagCorpus.HeldOut.Count} held-out rows");
        Assert.True(RedFlagCorpus.Cases.Count >= 300, $"{RedFlagCorpus.Cases.Count} rows");
        foreach (var context in RedFlagCorpus.Contexts)
        {
            Assert.Contains(RedFlagCorpus.Cases, c => c.Context == context);
        }

        foreach (var expected in RedFlagCorpus.Expectations)
        {
            Assert.Contains(RedFlagCorpus.Cases, c => c.Expected == expected);
        }

        Assert.Equal(RedFlagCorpus.Cases.Count, RedFlagCorpus.Cases.Select(c => c.Text.ToLowerInvariant()).Distinct().Count());
    }

    private static bool Meets(string expected, TriageReply reply) => expected switch
    {
        "emergency" => reply == TriageReply.Emergency,
        // An emergency answer to a same-day row is over-triage, counted in the report, not a miss.
        "same-day" => reply >= TriageReply.SameDay,
        "no-emergency" => reply != TriageReply.Emergency,
        "no-dvt" => reply < TriageReply.SameDay,
        _ => throw new ArgumentOutOfRangeException(nameof(expected), expected, null),
    };

    private async Task<TriageReply> ReplyToAsync(CorpusCase row, TriageReplyReader reader)
    {
        await using var chat = bot.StartConversation();
        switch (row.Context)
        {
            case "swelling-question":
                Assert.Equal(TriageReply.AskedAboutSwelling, reader.Read(await chat.Send("my calf hurts")));
                break;
            case "signs-question":
                Assert.Equal(TriageReply.AskedAboutSwelling, reader.Read(await chat.Send("my calf hurts")));
                Assert.Equal(TriageReply.AskedAboutOtherSigns, reader.Read(await chat.Send("no")));
                break;
            case "after-topic":
                Assert.Equal(TriageReply.Other, reader.Read(await chat.Send("what causes leg cramps?")));
                break;
        }

        return reader.Read(await chat.Send(row.Text));
    }

    private void Report(List<(CorpusCase Case, TriageReply Reply)> results)
    {
        output.WriteLine("expected | context | rows | met | emergency given | same-day given");
        foreach (var group in results.GroupBy(r => (r.Case.Expected, r.Case.Context)).OrderBy(g => g.Key))
        {
            output.WriteLine($"{group.Key.Expected} | {group.Key.Context} | {group.Count()} | {group.Count(r => Meets(r.Case.Expected, r.Reply))} | " +
                             $"{group.Count(r => r.Reply == TriageReply.Emergency)} | {group.Count(r => r.Reply == TriageReply.SameDay)}");
        }

        output.WriteLine("category | rows | met");
        foreach (var group in results.GroupBy(r => r.Case.Category).OrderBy(g => g.Key))
        {
            output.WriteLine($"{group.Key} | {group.Count()} | {group.Count(r => Meets(r.Case.Expected, r.Reply))}");
        }

        foreach (var miss in results.Where(r => !Meets(r.Case.Expected, r.Reply)))
        {
            output.WriteLine($"MISS {miss.Case} → {miss.Reply}");
        }
    }
}
