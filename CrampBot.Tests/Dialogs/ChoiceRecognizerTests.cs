using CrampBot.Dialogs.Choices;

namespace CrampBot.Tests.Dialogs;

public class ChoiceRecognizerTests
{
    private static readonly List<Choice> Places =
    [
        new("Calf"),
        new("Night time", "at night"),
        new("During exercise", "sport", "running"),
        new("Red"),
    ];

    [Theory]
    [InlineData("calf", "Calf", 1.0)]
    [InlineData("nightime", "Night time", 0.9)]
    [InlineData("Night-time", "Night time", 1.0)]
    [InlineData("mostly at night", "Night time", 0.7)]
    [InlineData("durign excercise", "During exercise", 0.85)]
    [InlineData("when I was running", "During exercise", 0.5)]
    [InlineData("3", "During exercise", 1.0)]
    [InlineData("#4", "Red", 1.0)]
    [InlineData("the fourth", "Red", 1.0)]
    [InlineData("number two", "Night time", 1.0)]
    [InlineData("ÇALF", "Calf", 1.0)]
    public void Recognises_with_a_score_that_drops_with_typos_and_extra_words(string text, string expected, double minimumScore)
    {
        var found = ChoiceRecognizer.Recognize(text, Places);
        Assert.NotNull(found);
        Assert.Equal(expected, found.Value);
        Assert.Equal(Places.FindIndex(c => c.Value == expected), found.Index);
        Assert.InRange(found.Score, minimumScore, 1.0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bed")]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("the fifth")]
    [InlineData("calf at night")]
    public void Does_not_guess(string text)
    {
        Assert.Null(ChoiceRecognizer.Recognize(text, Places));
    }

    [Fact]
    public void A_longer_choice_that_explains_the_shorter_one_wins()
    {
        List<Choice> areas = [new("Leg"), new("Leg and foot")];
        Assert.Equal("Leg and foot", ChoiceRecognizer.Recognize("my leg and foot", areas)!.Value);
        Assert.Equal("Leg", ChoiceRecognizer.Recognize("my leg", areas)!.Value);
    }

    [Fact]
    public void Numbers_can_be_turned_off()
    {
        Assert.Null(ChoiceRecognizer.Recognize("2", Places, recognizeNumbers: false));
        Assert.Equal("2", ChoiceRecognizer.Recognize("2", [new("1"), new("2")], recognizeNumbers: false)!.Value);
    }
}
