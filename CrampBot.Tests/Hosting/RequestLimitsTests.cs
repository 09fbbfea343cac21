using System.Net.Http.Json;
using CrampBot.Channels.Connector;
using CrampBot.Content;
using CrampBot.Tests.Fuzzing;
using static CrampBot.TestKit.DirectLineCalls;

namespace CrampBot.Tests.Hosting;

/// <summary>Every limit of the <c>Limits</c> section: its 4xx, and the plain sentence the patient reads in the chat.</summary>
public sealed class RequestLimitsTests
{
    [Fact]
    public async Task A_direct_line_message_longer_than_the_limit_gets_413_and_the_patient_reads_why_then_goes_on()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["Limits:MaxTextLength"] = "40" }, crampBot: true);
        using var chat = await host.StartConversationAsync();
        var (_, watermark) = await chat.Activities();

        using var refused = await chat.Client.PostAsync($"/v3/directline/conversations/{chat.Id}/activities", JsonBody(Message(new string('a', 41))));

        var problem = await AssertProblemAsync(refused, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("text_length", (string?)problem["limit"]);
        var (said, _) = await chat.Activities(watermark);
        Assert.Equal(Content(host).Messages.MessageTooLong, (string?)Assert.Single(said)!["text"]);
        await chat.Send("what causes cramp?");
        Assert.True((await chat.Activities(watermark)).Activities.Count >= 3, "the next good message is answered");
    }

    [Fact]
    public async Task A_refused_long_message_that_describes_an_emergency_still_gets_the_emergency_advice_first()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["Limits:MaxTextLength"] = "200" }, crampBot: true);
        using var chat = await host.StartConversationAsync();
        var (_, watermark) = await chat.Activities();
        var rambling = string.Concat(Enumerable.Repeat("I have had cramps in my legs for a few weeks now, mostly at night. ", 40));

        using var refused = await chat.Client.PostAsync($"/v3/directline/conversations/{chat.Id}/activities",
            JsonBody(Message(rambling + "Today my chest feels tight and I can't get my breath.")));

        await AssertProblemAsync(refused, HttpStatusCode.RequestEntityTooLarge);
        var notice = (string?)Assert.Single((await chat.Activities(watermark)).Activities)!["text"];
        var emergency = Content(host).GetOutcome(TriageLevel.Emergency);
        Assert.StartsWith(emergency.Title, notice);
        Assert.Contains(emergency.Text, notice);
        Assert.EndsWith(Content(host).Messages.MessageTooLong, notice);
    }

    [Fact]
    public async Task A_message_over_the_rate_that_describes_a_clot_sign_gets_the_same_day_advice_with_the_refusal()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["Limits:MessagesPerConversationPermits"] = "1", ["Limits:MessagesPerConversationWindow"] = "00:10:00" }, crampBot: true);
        using var chat = await host.StartConversationAsync();
        await chat.Send("hello");
        var (_, watermark) = await chat.Activities();

        using var limited = await chat.Client.PostAsync($"/v3/directline/conversations/{chat.Id}/activities", JsonBody(Message("my calf is swollen and red")));

        await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        var notice = (string?)Assert.Single((await chat.Activities(watermark)).Activities)!["text"];
        Assert.StartsWith(Content(host).GetOutcome(TriageLevel.UrgentSameDay).Title, notice);
        Assert.EndsWith(Content(host).Messages.TooManyMessages, notice);
    }

    [Fact]
    public async Task Too_many_attachments_or_entities_get_400_naming_the_limit()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["Limits:MaxAttachments"] = "1", ["Limits:MaxEntities"] = "1" }, crampBot: true);
        using var chat = await host.StartConversationAsync();
        var attachments = Message("hello");
        attachments["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "text/plain" }, new JsonObject { ["contentType"] = "text/plain" });
        var entities = Message("hello");
        entities["entities"] = new JsonArray(new JsonObject { ["type"] = "a" }, new JsonObject { ["type"] = "b" });

        using var tooManyAttachments = await chat.Client.PostAsync($"/v3/directline/conversations/{chat.Id}/activities", JsonBody(attachments));
        using var tooManyEntities = await chat.Client.PostAsync($"/v3/directline/conversations/{chat.Id}/activities", JsonBody(entities));

        Assert.Equal("attachments", (string?)(await AssertProblemAsync(tooManyAttachments, HttpStatusCode.BadRequest))["limit"]);
        Assert.Equal("entities", (string?)(await AssertProblemAsync(tooManyEntities, HttpStatusCode.BadRequest))["limit"]);
        // The same sentence twice in a row is said once.
        var (log, _) = await chat.Activities();
        Assert.Single(log, a => (string?)a!["text"] == Content(host).Messages.MessageTooLong);
    }

    [Fact]
    public async Task A_full_conversation_answers_409_and_says_so_once()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["Limits:MaxActivitiesPerConversation"] = "3" });
        using var chat = await host.StartConversationAsync();
        await chat.Send("one"); // welcome, "one", its echo: 3 kept

        using var full = await chat.Client.PostAsync($"/v3/directline/conversations/{chat.Id}/activities", JsonBody(Message("two")));
        using var again = await chat.Client.PostAsync($"/v3/directline/conversations/{chat.Id}/activities", JsonBody(Message("three")));

        Assert.Equal("conversation_full", (string?)(await AssertProblemAsync(full, HttpStatusCode.Conflict))["limit"]);
        await AssertProblemAsync(again, HttpStatusCode.Conflict);
        var (log, _) = await chat.Activities();
        Assert.Equal(4, log.Count);
        Assert.Equal("bot", (string?)log[3]!["from"]!["role"]);
        Assert.DoesNotContain(log, a => (string?)a!["text"] is "two" or "three");
    }

    [Fact]
    public async Task Messages_beyond_the_rate_of_a_direct_line_conversation_get_429_with_retry_after_and_one_sentence()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["Limits:MessagesPerConversationPermits"] = "2", ["Limits:MessagesPerConversationWindow"] = "00:10:00" }, crampBot: true);
        using var chat = await host.StartConversationAsync();
        using var other = await host.StartConversationAsync();
        await chat.Send("hello");
        await chat.Send("what causes cramp?");

        using var limited = await chat.Client.PostAsync($"/v3/directline/conversations/{chat.Id}/activities", JsonBody(Message("and statins?")));
        using var limitedAgain = await chat.Client.PostAsync($"/v3/directline/conversations/{chat.Id}/activities", JsonBody(Message("hello?")));

        Assert.Equal("request_rate", (string?)(await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests))["limit"]);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single()), 1, 600);
        await AssertProblemAsync(limitedAgain, HttpStatusCode.TooManyRequests);
        var (log, _) = await chat.Activities();
        Assert.Single(log, a => (string?)a!["text"] == Content(host).Messages.TooManyMessages);
        await other.Send("hello"); // another conversation has its own budget
    }

    [Fact]
    public async Task On_api_messages_a_long_message_gets_413_and_the_sentence_goes_back_through_the_connector()
    {
        var sink = new ConnectorSink();
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["Limits:MaxTextLength"] = "40" }, crampBot: true,
            services: services => services.AddSingleton<IConnectorClient>(sink));
        using var client = host.CreateClient();
        var transcript = new Transcript(host.CreateClient(), "msteams", "teams-conv-1", "user-1");
        var activity = transcript.NewActivity("message", a => a.Text = new string('a', 41));
        activity.ServiceUrl = "https://smba.trafficmanager.net/emea/";

        using var refused = await client.PostAsJsonAsync("/api/messages", activity, CrampBot.Protocol.ProtocolJson.Options);

        Assert.Equal("text_length", (string?)(await AssertProblemAsync(refused, HttpStatusCode.RequestEntityTooLarge))["limit"]);
        var notice = Assert.Single(sink.Activities);
        Assert.Equal(Content(host).Messages.MessageTooLong, notice.Text);
        Assert.Equal("teams-conv-1", notice.Conversation!.Id);
        Assert.Equal(activity.Id, notice.ReplyToId);
        await transcript.DisposeAsync();
    }

    [Fact]
    public async Task On_api_messages_a_long_message_that_describes_an_emergency_gets_the_emergency_advice_through_the_connector()
    {
        var sink = new ConnectorSink();
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["Limits:MaxTextLength"] = "40" }, crampBot: true,
            services: services => services.AddSingleton<IConnectorClient>(sink));
        using var client = host.CreateClient();
        await using var transcript = new Transcript(host.CreateClient(), "msteams", "teams-conv-2", "user-1");
        var activity = transcript.NewActivity("message", a => a.Text = "sorry to bother you, my mum has collapsed in the kitchen after her cramp");
        activity.ServiceUrl = "https://smba.trafficmanager.net/emea/";

        using var refused = await client.PostAsJsonAsync("/api/messages", activity, CrampBot.Protocol.ProtocolJson.Options);

        await AssertProblemAsync(refused, HttpStatusCode.RequestEntityTooLarge);
        var notice = Assert.Single(sink.Activities);
        Assert.StartsWith(Content(host).GetOutcome(TriageLevel.Emergency).Title, notice.Text);
        Assert.EndsWith(Content(host).Messages.MessageTooLong, notice.Text);
    }

    [Fact]
    public async Task On_api_messages_messages_beyond_the_conversation_rate_get_429_with_retry_after()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["Limits:MessagesPerConversationPermits"] = "1", ["Limits:MessagesPerConversationWindow"] = "00:10:00" }, crampBot: true);
        await using var chat = new Transcript(host.CreateClient(), "emulator", "conv-rate", "user-1");
        (await chat.Send("hello")).AssertEach(_ => { });
        using var client = host.CreateClient();
        var second = chat.NewActivity("message", a => a.Text = "hello again");
        second.DeliveryMode = "expectReplies";

        using var limited = await client.PostAsJsonAsync("/api/messages", second, CrampBot.Protocol.ProtocolJson.Options);

        Assert.Equal("request_rate", (string?)(await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests))["limit"]);
        Assert.True(limited.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task A_widget_client_starting_too_many_conversations_gets_429_while_its_neighbours_behind_the_same_address_do_not()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["Limits:ConversationsPerClientPermits"] = "2" });
        using var client = host.CreateClient();
        async Task<HttpResponseMessage> MintAsync(string clientId) =>
            await client.PostAsync("/api/webchat/token", JsonBody(new JsonObject { ["clientId"] = clientId }));

        Assert.Equal(HttpStatusCode.OK, (await MintAsync("wloop")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MintAsync("wloop")).StatusCode);
        using var limited = await MintAsync("wloop");

        Assert.Equal("conversations_per_client", (string?)(await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests))["limit"]);
        Assert.True(limited.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, (await MintAsync("wneighbour")).StatusCode);
    }

    [Fact]
    public async Task With_the_defaults_a_hundred_patients_behind_one_hospital_address_all_get_a_chat_within_a_minute()
    {
        await using var host = DirectLineTestHost.Start();
        using var client = host.CreateClient();

        for (var patient = 0; patient < 100; patient++)
        {
            using var response = await client.PostAsync("/api/webchat/token", JsonBody(new JsonObject { ["clientId"] = $"wpatient{patient}" }));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Requests_beyond_the_per_address_budget_get_429_but_api_messages_is_not_counted()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["Limits:RequestsPerAddressPermits"] = "2", ["Limits:RequestsPerAddressWindow"] = "00:10:00" }, crampBot: true);
        using var client = host.CreateClient();
        await client.PostAsync("/api/webchat/token", JsonBody(new JsonObject()));
        await client.PostAsync("/api/webchat/token", JsonBody(new JsonObject()));

        using var limited = await client.PostAsync("/api/webchat/token", JsonBody(new JsonObject()));

        await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.Contains("Retry-After"));
        await using var teams = new Transcript(host.CreateClient(), "emulator", "conv-address", "user-1");
        (await teams.Send("hello")).AssertEach(_ => { });
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_client_address_comes_from_x_forwarded_for_only_behind_a_configured_proxy(bool proxyConfigured)
    {
        var settings = new Dictionary<string, string?> { ["Limits:RequestsPerAddressPermits"] = "1", ["Limits:RequestsPerAddressWindow"] = "00:10:00" };
        if (proxyConfigured)
        {
            settings["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1";
        }
        await using var host = DirectLineTestHost.Start(settings);
        using var client = host.CreateClient();
        async Task<HttpStatusCode> MintFromAsync(string address)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token") { Content = JsonBody(new JsonObject()) };
            request.Headers.Add("X-Forwarded-For", address);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await MintFromAsync("203.0.113.1"));
        var second = await MintFromAsync("203.0.113.2");

        // Behind the proxy each patient's own address has its budget; otherwise the header is not believed.
        Assert.Equal(proxyConfigured ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, second);
    }

    private static ContentCatalog Content(DirectLineTestHost host) => host.Services.GetRequiredService<ContentCatalog>();
}
