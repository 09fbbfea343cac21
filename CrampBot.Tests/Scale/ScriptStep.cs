namespace CrampBot.Tests.Scale;

/// <summary>One step of a scripted conversation: what the patient sends, how many messages answer it, and whether they are right.</summary>
internal sealed record ScriptStep(string Description, Action<Activity> Shape, int Replies, Func<IReadOnlyList<Activity>, bool> IsRight);
