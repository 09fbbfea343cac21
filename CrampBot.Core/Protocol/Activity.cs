using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CrampBot.Protocol;

/// <summary>
/// A Bot Framework activity (protocol 3.x): the unit of every exchange between a channel and the bot.
/// Fields this type does not name are kept in <see cref="Properties"/> so they survive a read/write round trip,
/// as the protocol asks of receivers.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonNode? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonNode? Value { get; set; }
    public string? Name { get; set; }
    public string? Code { get; set; }
    public string? DeliveryMode { get; set; }

    /// <summary>Properties the schema here does not name; written back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>
    /// What the user said: the typed text, or for a card tap that carries no text (Web Chat sends an
    /// <c>Action.Submit</c> as a message with only <c>value</c>) the <c>text</c> field of <see cref="Value"/>,
    /// or <see cref="Value"/> itself when it is a string. Never null, so checks that lower-case it cannot crash.
    /// </summary>
    [JsonIgnore]
    public string InputText =>
        !string.IsNullOrWhiteSpace(Text) ? Text
        : Value is JsonObject submit && submit["text"] is JsonValue textValue && textValue.TryGetValue<string>(out var submitted) ? submitted
        : Value is JsonValue plain && plain.TryGetValue<string>(out var raw) ? raw
        : string.Empty;

    /// <summary>
    /// Drops null items from the activity's lists (<c>"membersAdded":[null]</c> is valid JSON): they carry nothing,
    /// and code that reads the lists should not have to guard every item.
    /// </summary>
    public void RemoveNullEntries()
    {
        MembersAdded?.RemoveAll(member => member is null);
        MembersRemoved?.RemoveAll(member => member is null);
        Attachments?.RemoveAll(attachment => attachment is null);
        Entities?.RemoveAll(entity => entity is null);
        SuggestedActions?.Actions?.RemoveAll(action => action is null);
        if (SuggestedActions is { Actions: null })
        {
            SuggestedActions.Actions = [];
        }
    }

    /// <summary>True when the activity is of the given <see cref="ActivityTypes"/> value (case-insensitive, as channels vary).</summary>
    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Creates a reply addressed back to the sender: from/recipient swapped, same conversation, channel and service URL,
    /// replyToId set, locale carried over.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = DateTimeOffset.UtcNow,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name, Role = RoleTypes.Bot },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId, Role = RoleTypes.User },
        ReplyToId = Id,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Conversation = Conversation is null ? null : new ConversationAccount
        {
            Id = Conversation.Id,
            Name = Conversation.Name,
            IsGroup = Conversation.IsGroup,
            ConversationType = Conversation.ConversationType,
            TenantId = Conversation.TenantId,
        },
        Locale = Locale,
        Text = text ?? string.Empty,
        TextFormat = TextFormatTypes.Plain,
        InputHint = InputHints.AcceptingInput,
        Attachments = [],
        Entities = [],
    };
}
