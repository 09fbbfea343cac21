using CrampBot.Cards;
using CrampBot.Content;
using CrampBot.Dialogs.Choices;
using CrampBot.Dialogs.Prompts;
using CrampBot.Protocol;
using ContentLevel = CrampBot.Content.TriageLevel;
using CardLevel = CrampBot.Cards.TriageLevel;

namespace CrampBot.Conversation;

/// <summary>
/// Every message of the cramp conversation, built from the content file: the medical words are the content's,
/// this class only decides their shape (text, card, buttons) for the channel the patient is on.
/// </summary>
public sealed class CrampReplies(ContentCatalog content)
{
    private ContentMessages Messages => content.Messages;

    /// <summary>What CrampBot is, the disclaimer, and the topic menu.</summary>
    public Activity Welcome(Activity incoming) =>
        Menu(incoming, $"{Messages.Welcome}\n\n{Messages.Disclaimer}\n\n{Messages.MenuPrompt}");

    /// <summary>What CrampBot is and the disclaimer, said before answering a first message that is a question.</summary>
    public Activity ShortWelcome() => Text($"{Messages.Welcome}\n\n{Messages.Disclaimer}");

    /// <summary><paramref name="text"/> followed by the topic menu as buttons.</summary>
    public Activity Menu(Activity incoming, string text) =>
        ChoiceFactory.ForChannel(ChannelCapabilities.For(incoming), TopicChoices(content.MenuTopics), text);

    /// <summary>What the leaflet does not cover goes to the doctor; then the menu.</summary>
    public Activity TalkToDoctor(Activity incoming) => Menu(incoming, $"{Messages.TalkToDoctor}\n\n{Messages.MenuPrompt}");

    public Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormatTypes.Plain };

    /// <summary>A topic's answer with its source and related topics; the kidneys and ultrasound topics as Adaptive Cards.</summary>
    public Activity TopicAnswer(Activity incoming, Topic topic)
    {
        var related = content.RelatedTopics(topic);
        if (topic.Card)
        {
            var card = TopicCard.Build(new TopicCardContent(
                topic.Title,
                [topic.Answer],
                Messages.WhyItMattersHeading,
                topic.WhyItMatters is null ? [] : [topic.WhyItMatters],
                [.. related.Select(TopicButton)])
            {
                Source = content.SourceLine,
                RelatedTopicsLabel = Messages.RelatedTopicsLabel,
            });
            return CardMessage.Create(card);
        }
        return ChoiceFactory.ForChannel(ChannelCapabilities.For(incoming), TopicChoices(related), $"{topic.Answer}\n\n{content.SourceLine}");
    }

    /// <summary>The leg pain check's outcome on the ladder, as a card styled by its urgency.</summary>
    public Activity Outcome(ContentLevel level, bool notSureAboutSwelling)
    {
        var outcome = content.GetOutcome(level);
        List<string> advice = notSureAboutSwelling ? [content.Triage.NotSureIntro, outcome.Text] : [outcome.Text];
        List<CardButton> buttons = [.. outcome.RelatedTopicIds.Select(content.GetTopic).Select(TopicButton)];
        if (level != ContentLevel.Emergency)
        {
            // One tap away for a patient who also has the symptoms that make it an emergency.
            buttons.Add(new CardButton(content.Triage.EmergencyButton, content.Triage.EmergencyButton));
        }
        return CardMessage.Create(TriageOutcomeCard.Build(new TriageOutcomeContent(ToCardLevel(level), outcome.Title, advice)
        {
            Buttons = buttons,
            ButtonsLabel = Messages.RelatedTopicsLabel,
            Source = SourceOf(outcome),
        }));
    }

    /// <summary>Emergency advice for emergency symptoms heard outside the leg pain check.</summary>
    public Activity EmergencyAdvice()
    {
        var outcome = content.GetOutcome(ContentLevel.Emergency);
        return CardMessage.Create(TriageOutcomeCard.Build(new TriageOutcomeContent(CardLevel.Emergency, outcome.Title, [Messages.EmergencyAdvice])
        {
            Source = SourceOf(outcome),
        }));
    }

    /// <summary>"Is your leg swollen?" with yes / no / not sure.</summary>
    public PromptOptions SwellingQuestion() => new()
    {
        Prompt = MessageFactory.Text(content.Triage.Question),
        Choices = [.. content.Triage.Choices.Select(c => new Choice(c.Title))],
        MaxAttempts = 2,
    };

    /// <summary>"Did you mean …?" with the candidate topics and "None of these".</summary>
    public PromptOptions DidYouMean(IEnumerable<string> topicIds) => new()
    {
        Prompt = MessageFactory.Text(Messages.DidYouMean),
        Choices = [.. TopicChoices(topicIds.Select(content.GetTopic)), new Choice(Messages.NoneOfThese)],
        MaxAttempts = 1,
    };

    private string SourceOf(TriageOutcome outcome)
    {
        var sources = outcome.SafetyRuleIds
            .Select(id => content.SafetyRules.Single(rule => rule.Id == id))
            .SelectMany(rule => rule.Sources.Select(source => source.Title))
            .Distinct();
        var leaflet = string.IsNullOrEmpty(outcome.LeafletSection) ? [] : new[] { content.SourceLine };
        return string.Join("; ", leaflet.Concat(sources));
    }

    private static List<Choice> TopicChoices(IEnumerable<Topic> topics) => [.. topics.Select(t => new Choice(t.Title))];

    private static CardButton TopicButton(Topic topic) => new(topic.Title, topic.Title);

    private static CardLevel ToCardLevel(ContentLevel level) => level switch
    {
        ContentLevel.Emergency => CardLevel.Emergency,
        ContentLevel.UrgentSameDay => CardLevel.Urgent,
        _ => CardLevel.SelfCare,
    };
}
