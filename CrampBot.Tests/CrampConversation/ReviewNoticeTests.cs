using System.Text.Encodings.Web;
using System.Text.Json;
using CrampBot.Tests.Content;
using Microsoft.Extensions.Time.Testing;

namespace CrampBot.Tests.CrampConversation;

/// <summary>
/// Through <c>POST /api/messages</c>: while no clinician has reviewed the content, the source line under a topic
/// answer and on the cards says so; once a review of this version applies, it names the reviewer instead.
/// </summary>
public sealed class ReviewNoticeTests
{
    private const string Notice = "This information has not yet been checked by a clinician.";
    private const string ReviewedLine = "Reviewed by Dr A. Example, GP on 1 March 2026.";

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Unreviewed_content_says_so_under_topic_answers_and_on_outcome_cards()
    {
        using var host = new BotHost();
        await using var chat = host.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");

        await chat.Send("how long does a cramp last").AssertReply(reply => Assert.EndsWith(Notice, reply.Text));
        await chat.Send("what do my kidneys do").AssertReply(CardSays(Notice));
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        await chat.Send("yes").AssertReply(CrampAssert.All(CrampAssert.HasCard("Contact your doctor today"), CardSays(Notice)));
        await chat.Send("my thigh hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        await chat.Send("no").AssertReply(CrampAssert.HasCard("Yes, at least one"));
        await chat.Send("no").AssertReply(CrampAssert.All(CrampAssert.HasCard("What you can do now"), CardSays(Notice)));
    }

    [Fact]
    public async Task Reviewed_content_names_the_reviewer_and_carries_no_notice()
    {
        using var host = new BotHost(
            new Dictionary<string, string?>
            {
                ["Content:Reviewer"] = "Dr A. Example, GP",
                ["Content:ReviewedOn"] = "2026-03-01",
                ["Content:NextReviewDate"] = "2027-03-01",
                ["Content:ReviewedVersion"] = TestContent.Catalog.Version,
            },
            services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero))));
        await using var chat = host.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");

        await chat.Send("how long does a cramp last").AssertReply(reply =>
        {
            Assert.EndsWith(ReviewedLine, reply.Text);
            Assert.DoesNotContain(Notice, reply.Text);
        });
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        await chat.Send("yes").AssertReply(reply =>
        {
            CardSays(ReviewedLine)(reply);
            Assert.DoesNotContain(Notice, CardJson(reply));
        });
    }

    // The card's own text (the small source line) and its plain-text copy both say it.
    private static Action<Activity> CardSays(string text) => reply =>
    {
        Assert.Contains(text, CardJson(reply));
        Assert.Contains(text, reply.Summary);
    };

    private static string CardJson(Activity reply) => Assert.Single(reply.Attachments ?? []).Content!.ToJsonString(Readable);
}
