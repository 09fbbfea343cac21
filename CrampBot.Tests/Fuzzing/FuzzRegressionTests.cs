using System.Text;
using CrampBot.Content;

namespace CrampBot.Tests.Fuzzing;

/// <summary>
/// What the endpoint fuzz found answering 500, each pinned: JSON text a parser accepts but cannot read as a string
/// (a lone surrogate escape, invalid UTF-8 inside a string) used to throw when the value was read, after the request
/// had been accepted; so did a property name given twice; and text with Unicode noncharacters failed the turn (the
/// normaliser threw), which cleared the patient's place in the conversation.
/// </summary>
public sealed class FuzzRegressionTests
{
    private const string LoneSurrogate = "\\ud800";

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":\"calf" + LoneSurrogate + "\"}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"channelData\":{\"clientActivityID\":\"\\udfff\"}}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"" + LoneSurrogate + "\":1}")]
    public async Task A_direct_line_activity_with_a_lone_surrogate_gets_400(string body)
    {
        await using var host = DirectLineTestHost.Start(crampBot: true);
        using var conversation = await host.StartConversationAsync();

        using var response = await conversation.Client.PostAsync($"/v3/directline/conversations/{conversation.Id}/activities", Json(body));

        await DirectLineCalls.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_direct_line_activity_with_invalid_utf8_in_a_string_gets_400()
    {
        await using var host = DirectLineTestHost.Start(crampBot: true);
        using var conversation = await host.StartConversationAsync();
        byte[] body = [.. "{\"type\":\"message\",\"text\":\"calf "u8, 0xFF, 0xE9, .. "\"}"u8];

        using var response = await conversation.Client.PostAsync($"/v3/directline/conversations/{conversation.Id}/activities", Bytes(body));

        await DirectLineCalls.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("{\"conversationId\":\"abc\",\"token\":\"" + LoneSurrogate + "\"}")]
    [InlineData("{\"conversationId\":\"abc\",\"conversationId\":\"abd\",\"token\":\"t\"}")]
    [InlineData("{\"clientId\":\"\\udc00x\"}")]
    public async Task A_widget_token_request_with_a_lone_surrogate_or_a_duplicate_property_gets_400(string body)
    {
        await using var host = DirectLineTestHost.Start();
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/api/webchat/token", Json(body));

        await DirectLineCalls.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_widget_token_request_with_invalid_utf8_gets_400()
    {
        await using var host = DirectLineTestHost.Start();
        using var client = host.CreateClient();
        byte[] body = [.. "{\"conversationId\":\"a"u8, 0xC0, 0xFF, .. "\",\"token\":\"t\"}"u8];

        using var response = await client.PostAsync("/api/webchat/token", Bytes(body));

        await DirectLineCalls.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_bot_framework_activity_with_unreadable_text_in_channel_data_gets_400()
    {
        await using var host = DirectLineTestHost.Start(crampBot: true);
        using var client = host.CreateClient();
        var body = "{\"type\":\"message\",\"text\":\"hi\",\"deliveryMode\":\"expectReplies\",\"conversation\":{\"id\":\"c1\"},\"from\":{\"id\":\"u\"},\"channelData\":{\"note\":\"" + LoneSurrogate + "\"}}";

        using var response = await client.PostAsync("/api/messages", Json(body));

        await DirectLineCalls.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_message_holding_unicode_noncharacters_is_still_read_and_a_red_flag_next_to_them_still_seen()
    {
        await using var host = DirectLineTestHost.Start(crampBot: true);
        using var chat = await host.StartConversationAsync();
        var content = host.Services.GetRequiredService<ContentCatalog>();

        await chat.Send("\uFFFE\uFFFFI have chest pain\uFDD0");

        var (log, _) = await chat.Activities();
        Assert.Contains(log, a => a!["attachments"]?.ToJsonString().Contains(content.GetOutcome(TriageLevel.Emergency).Title, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(log, a => (string?)a!["text"] == content.Messages.TurnError);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static ByteArrayContent Bytes(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        return content;
    }
}
