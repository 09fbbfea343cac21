using System.Text.Json;
using System.Text.RegularExpressions;
using CrampBot.Content;
using CrampBot.Tests.Understanding;

namespace CrampBot.Tests.CrampConversation;

/// <summary>
/// Every sentence the bot says comes from the content file. All the evaluation utterances (and the leg pain check's
/// branches) are sent through the real pipeline, and each reply's text and each card's text blocks must be made of
/// content strings: once those are taken out, only spaces and punctuation may remain.
/// </summary>
public sealed partial class ContentTraceabilityTests(CrampHost bot) : IClassFixture<CrampHost>
{

    [Fact]
    public async Task Every_text_the_bot_sends_is_made_of_content_strings()
    {
        var contentStrings = ContentStrings(bot.Content);
        var untraceable = new List<string>();
        var conversations = EvaluationSet.Load().Select(c => new[] { c.Utterance })
            .Concat([["my calf hurts", "yes"], ["my calf hurts", "no"], ["my calf hurts", "not sure"], ["my calf hurts", "what is a dvt", "chest pain"], ["cramp", "2"]]);
        var replyCount = 0;
        foreach (var messages in conversations)
        {
            await using var chat = bot.StartConversation();
            void Trace(Activity reply)
            {
                foreach (var text in TextsOf(reply))
                {
                    replyCount++;
                    if (!IsMadeOf(text, contentStrings))
                    {
                        untraceable.Add($"in \"{string.Join(" / ", messages)}\": {text}");
                    }
                }
            }
            (await chat.Join()).AssertEach(Trace);
            foreach (var message in messages)
            {
                (await chat.Send(message)).AssertEach(Trace);
            }
        }
        Assert.True(replyCount > 400, $"only {replyCount} texts were checked");
        Assert.True(untraceable.Count == 0, string.Join("\n", untraceable.Distinct().Take(20)));
    }

    [Fact]
    public void A_text_that_is_not_in_the_content_is_caught()
    {
        var contentStrings = ContentStrings(bot.Content);
        Assert.True(IsMadeOf(bot.Content.Messages.Help, contentStrings));
        Assert.False(IsMadeOf(bot.Content.Messages.Help + " Drink tonic water for cramps.", contentStrings));
    }

    private static IEnumerable<string> TextsOf(Activity reply)
    {
        // speak is SSML: its apostrophes arrive as &apos;.
        foreach (var text in new[] { reply.Text, reply.Summary, System.Net.WebUtility.HtmlDecode(reply.Speak) })
        {
            if (!string.IsNullOrEmpty(text))
            {
                yield return text;
            }
        }
        foreach (var card in reply.Attachments?.Select(a => a.Content).OfType<JsonObject>() ?? [])
        {
            foreach (var text in TextBlocks(card))
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<string> TextBlocks(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key is "text" or "title" or "fallbackText" && p.Value is JsonValue v && v.TryGetValue<string>(out var s)
            ? [s]
            : p.Value is null ? [] : TextBlocks(p.Value)),
        JsonArray a => a.SelectMany(item => item is null ? [] : TextBlocks(item)),
        _ => [],
    };

    private static List<string> ContentStrings(ContentCatalog content)
    {
        var json = JsonSerializer.SerializeToNode(content.Document, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var strings = new List<string>();
        Collect(json, strings);
        return [.. strings.Where(s => s.Length > 1).Distinct().OrderByDescending(s => s.Length)];
    }

    private static void Collect(JsonNode node, List<string> strings)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, value) in o)
                {
                    if (value is not null)
                    {
                        Collect(value, strings);
                    }
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        Collect(item, strings);
                    }
                }
                break;
            case JsonValue v when v.TryGetValue<string>(out var s):
                strings.Add(s);
                break;
        }
    }

    private static bool IsMadeOf(string text, List<string> contentStrings)
    {
        var rest = text;
        foreach (var piece in contentStrings)
        {
            rest = Placeholder().IsMatch(piece)
                // A template such as "{medicine} isn't named on the leaflet's list…": the placeholder is what the patient typed.
                ? Regex.Replace(rest, Placeholder().Replace(Regex.Escape(piece).Replace(@"\{", "{"), ".{1,60}?"), " ")
                : rest.Replace(piece, " ", StringComparison.Ordinal);
        }
        return Leftover().Replace(rest, string.Empty).Length == 0;
    }

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex Placeholder();

    // Separators the message and card builders put between content strings.
    [GeneratedRegex(@"[\s\p{P}]+")]
    private static partial Regex Leftover();
}
