namespace CrampBot.Protocol;

/// <summary>The HTTP body answering an activity sent with deliveryMode <c>expectReplies</c>.</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];
}
