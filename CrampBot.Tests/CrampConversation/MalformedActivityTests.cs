using System.Text;

namespace CrampBot.Tests.CrampConversation;

/// <summary>
/// Activities that parse but are odd (nulls in lists, wrong shapes, nowhere to reply) get a 2xx or a 4xx, never a
/// 500, and never cost the patient the question they were in the middle of.
/// </summary>
public sealed class MalformedActivityTests(CrampHost bot) : IClassFixture<CrampHost>
{
    public static TheoryData<string, HttpStatusCode> OddActivities => new()
    {
        { """{"type":"conversationUpdate","membersAdded":[null],"deliveryMode":"expectReplies"}""", HttpStatusCode.OK },
        { """{"type":"message","entities":[null],"text":"hi there","deliveryMode":"expectReplies"}""", HttpStatusCode.OK },
        { """{"type":"message","attachments":[null],"deliveryMode":"expectReplies"}""", HttpStatusCode.OK },
        { """{"type":"message","from":null,"recipient":null,"text":"thanks","deliveryMode":"expectReplies"}""", HttpStatusCode.OK },
        { """{"type":"message","value":5,"deliveryMode":"expectReplies"}""", HttpStatusCode.OK },
        { """{"type":"message","value":{"text":5},"deliveryMode":"expectReplies"}""", HttpStatusCode.OK },
        { """{"type":"message","conversationType":"channel","entities":[{"type":"mention","mentioned":null,"text":null}],"text":"help","deliveryMode":"expectReplies"}""", HttpStatusCode.OK },
        { """{"type":"message","suggestedActions":{"actions":null},"text":"terms","deliveryMode":"expectReplies"}""", HttpStatusCode.OK },
        { """{"type":"invoke","name":"adaptiveCard/action","value":{"action":null},"deliveryMode":"expectReplies"}""", HttpStatusCode.BadRequest },
        { """{"type":"invoke","name":"adaptiveCard/action","value":"x","deliveryMode":"expectReplies"}""", HttpStatusCode.BadRequest },
        { """{"type":"message","text":"help","serviceUrl":"file:///etc/passwd"}""", HttpStatusCode.BadRequest },
        { """{"type":"message","text":"help"}""", HttpStatusCode.BadRequest },
        { """{"type":"message","text":"help","serviceUrl":"https://user:secret@connector.example/"}""", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(OddActivities))]
    public async Task An_odd_activity_gets_a_clear_answer_and_the_pending_question_survives(string body, HttpStatusCode expected)
    {
        await using var chat = bot.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");

        var activity = JsonNode.Parse(body)!.AsObject();
        activity["conversation"] = new JsonObject { ["id"] = chat.ConversationId };
        activity["channelId"] = chat.ChannelId;
        activity["id"] = Guid.NewGuid().ToString();
        using var client = bot.Host.CreateClient();
        using var response = await client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        // Whatever the odd activity did, the swelling question is still waiting for its answer.
        await chat.Send("yes").AssertReply(CrampAssert.HasCard("Contact your doctor today"));
    }
}
