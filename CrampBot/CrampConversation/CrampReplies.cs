using CrampBot.Cards;
using CrampBot.Content;
using CrampBot.Dialogs.Choices;
using CrampBot.Dialogs.Prompts;
using CrampBot.Protocol;

namespace CrampBot.CrampConversation;

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

    /// <summary>What the leaflet does not cover goes to the doctor, with the safety net; then the menu.</summary>
    public Activity TalkToDoctor(Activity incoming) =>
        Menu(incoming, $"{Messages.TalkToDoctor}\n\n{Messages.SafetyNet}\n\n{Messages.MenuPrompt}");

    /// <summary>Out of scope, with the safety net, then the menu.</summary>
    public Activity OutOfScope(Activity incoming) => Menu(incoming, $"{Messages.OutOfScope}\n\n{Messages.SafetyNet}");

    /// <summary>Said when a stored conversation could not be continued after an update.</summary>
    public string RestartAfterUpdate => Messages.RestartAfterUpdate;

    public Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormatTypes.Plain };

    /// <summary>
    /// A topic's answer with its source and related topics; the kidneys and ultrasound topics as Adaptive Cards. The
    /// safety-net line follows the answer when the topic needs it, or when the question mentioned a sign of a clot.
    /// Sentences the patient has just read (<paramref name="justSeen"/>, e.g. on the card whose button was tapped)
    /// are left out, unless that would leave nothing: then the patient asked again, and gets the whole answer.
    /// </summary>
    public Activity TopicAnswer(Activity incoming, Topic topic, bool withSafetyNet = false, Func<string, bool>? justSeen = null)
    {
        var related = content.RelatedTopics(topic);
        var answer = Unseen(topic.Answer, justSeen);
        var whyItMatters = Unseen(topic.WhyItMatters, justSeen);
        if (answer is null && whyItMatters is null)
        {
            (answer, whyItMatters) = (topic.Answer, topic.WhyItMatters);
        }
        if (topic.Card)
        {
            var card = TopicCard.Build(new TopicCardContent(
                topic.Title,
                answer is null ? [] : [answer],
                Messages.WhyItMattersHeading,
                whyItMatters is null ? [] : [whyItMatters],
                [.. related.Select(TopicButton)])
            {
                Source = content.SourceLine,
                RelatedTopicsLabel = Messages.RelatedTopicsLabel,
            });
            return CardMessage.Create(card);
        }
        var text = withSafetyNet || content.NeedsSafetyNet(topic) ? $"{answer}\n\n{Messages.SafetyNet}" : answer;
        return ChoiceFactory.ForChannel(ChannelCapabilities.For(incoming), TopicChoices(related), $"{text}\n\n{content.SourceLine}");
    }

    // `text` without the sentences just seen, or null when nothing new is left.
    private static string? Unseen(string? text, Func<string, bool>? justSeen) =>
        text is null || justSeen is null ? text : JustShown.Unseen(text, justSeen);

    /// <summary>The leg pain check's outcome on the ladder, as a card styled by its urgency.</summary>
    public Activity Outcome(TriageLevel level, bool notSureAboutSwelling = false)
    {
        var outcome = content.GetOutcome(level);
        List<string> advice = notSureAboutSwelling ? [content.Triage.NotSureIntro, outcome.Text] : [outcome.Text];
        List<CardButton> buttons = [.. outcome.RelatedTopicIds.Select(content.GetTopic).Select(TopicButton)];
        if (level != TriageLevel.Emergency)
        {
            // One tap away for a patient who also has the symptoms that make it an emergency.
            buttons.Add(new CardButton(content.Triage.EmergencyButton, content.Triage.EmergencyButton));
        }
        return CardMessage.Create(TriageOutcomeCard.Build(new TriageOutcomeContent(level, outcome.Title, advice)
        {
            Buttons = buttons,
            ButtonsLabel = Messages.RelatedTopicsLabel,
            Sources = SourcesOf(outcome),
        }));
    }

    /// <summary>Said once when the leg pain check starts.</summary>
    public Activity LegPainCheckIntro() => Text(content.Triage.Intro);

    /// <summary>"Is your leg swollen?" with yes / no / not sure.</summary>
    public PromptOptions SwellingQuestion() => new()
    {
        Prompt = MessageFactory.Text(content.Triage.Question),
        Choices = [.. content.Triage.Choices.Select(c => new Choice(c.Title))],
        MaxAttempts = 2,
    };

    /// <summary>"Do you have any of these?" as a card listing the other signs of a clot, with yes / no / not sure buttons.</summary>
    public PromptOptions OtherSignsQuestion() => new()
    {
        Prompt = CardMessage.Create(QuestionCard.Build(new QuestionCardContent(
            content.Triage.OtherSignsQuestion,
            [.. content.OtherDvtSigns.Select(sign => sign.Name)],
            [.. content.Triage.OtherSignsChoices.Select(c => new CardButton(c.Title, c.Title))]))),
        MaxAttempts = 2,
    };

    /// <summary>"Did you mean …?" with the candidate topics and "None of these".</summary>
    public PromptOptions DidYouMean(IEnumerable<string> topicIds) => new()
    {
        Prompt = MessageFactory.Text($"{Messages.DidYouMean}\n\n{Messages.SafetyNet}"),
        Choices = [.. TopicChoices(topicIds.Select(content.GetTopic)), new Choice(Messages.NoneOfThese)],
        MaxAttempts = 1,
    };

    // The leaflet once (its passages are one source), then each guidance page once, by name; then the review line,
    // which every answer carries (the emergency card too, though it quotes no leaflet passage).
    private CardSources SourcesOf(TriageOutcome outcome)
    {
        var rules = outcome.SafetyRuleIds.Select(id => content.SafetyRules.Single(rule => rule.Id == id)).ToList();
        var citesLeaflet = !string.IsNullOrEmpty(outcome.LeafletSection) || rules.Any(rule => rule.Sources.Any(source => source.IsLeaflet));
        var guidance = rules.SelectMany(rule => rule.Sources).Where(source => !source.IsLeaflet).Select(source => source.ShortTitle);
        List<string> items = [.. citesLeaflet ? [content.LeafletSource] : Array.Empty<string>(), .. guidance.Distinct()];
        return new CardSources(Messages.SourcesLabel, items, content.ReviewLine);
    }

    private static List<Choice> TopicChoices(IEnumerable<Topic> topics) => [.. topics.Select(t => new Choice(t.Title))];

    private static CardButton TopicButton(Topic topic) => new(topic.Title, topic.Title);
}
