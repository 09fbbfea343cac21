using CrampBot.Tests.Content;
using CrampBot.Understanding;

namespace CrampBot.Tests.Understanding;

public sealed class RecognizerTests
{
    private static Recognition Recognize(string text) => TestContent.Recognizer.Recognize(text);

    [Theory]
    [InlineData("do diuretics cause cramps", "diuretics", false)]
    [InlineData("nifedipine", "nifedipine", false)]
    [InlineData("beta-agonists and cramps", "beta-agonists", false)]
    [InlineData("beta agonist", "beta-agonists", false)]
    [InlineData("steroids?", "steroids", false)]
    [InlineData("does morphine cause it", "morphine", false)]
    [InlineData("cimetidine", "cimetidine", false)]
    [InlineData("penicillamine", "penicillamine", false)]
    [InlineData("STATINS", "statins", false)]
    [InlineData("lithium and leg cramps", "lithium", false)]
    [InlineData("my water tablets", "diuretics", true)]
    [InlineData("simvastatin cramps", "statins", true)]
    [InlineData("I use a salbutamol inhaler", "beta-agonists", true)]
    [InlineData("prednisolone", "steroids", true)]
    [InlineData("nifedapine", "nifedipine", false)]
    [InlineData("statns", "statins", false)]
    [InlineData("penicilamine", "penicillamine", false)]
    [InlineData("diuretcs", "diuretics", false)]
    public void The_nine_medicines_are_found_by_name_synonym_or_typo(string text, string medicineId, bool viaSynonym)
    {
        var r = Recognize(text);

        Assert.Equal(Intent.Topic, r.Intent);
        Assert.Equal("medicine-" + medicineId, r.TopicId);
        var mention = Assert.Single(r.Medicines);
        Assert.Equal(medicineId, mention.MedicineId);
        Assert.Equal(viaSynonym, mention.ViaSynonym);
    }

    [Theory]
    [InlineData("does ibuprofen cause cramps", "ibuprofen")]
    [InlineData("Can PARACETAMOL give me cramps?", "paracetamol")]
    [InlineData("does penicillin cause leg cramps", "penicillin")]
    [InlineData("I'm on amlodipine, could that be it", "amlodipine")]
    [InlineData("what about quinine", "quinine")]
    public void A_medicine_not_on_the_list_is_named_never_guessed(string text, string name)
    {
        var r = Recognize(text);

        Assert.Equal(Intent.UnknownMedicine, r.Intent);
        Assert.Equal(name, r.UnknownMedicineName);
        Assert.Empty(r.Medicines);
    }

    [Theory]
    [InlineData("should I stop my statins", "statins")]
    [InlineData("can I stop taking simvastatin", "statins")]
    [InlineData("should i come off my water tablets", "diuretics")]
    [InlineData("is it safe to stop lithium", "lithium")]
    public void Stopping_a_listed_medicine_is_the_stop_medicine_intent(string text, string medicineId)
    {
        var r = Recognize(text);

        Assert.Equal(Intent.StopMedicine, r.Intent);
        Assert.Equal(medicineId, r.Medicines[0].MedicineId);
    }

    [Theory]
    [InlineData("should i stop ibuprofen", "ibuprofen")]
    [InlineData("can I stop my tablets", null)]
    [InlineData("should I quit my medication", null)]
    public void Stopping_any_medicine_is_the_stop_medicine_intent(string text, string? unknownName)
    {
        var r = Recognize(text);

        Assert.Equal(Intent.StopMedicine, r.Intent);
        Assert.Equal(unknownName, r.UnknownMedicineName);
    }

    [Theory]
    [InlineData("could a salt deficiency be the cause", "salts")]
    [InlineData("what evidence is this based on", "about-this-information")]
    public void An_odd_word_in_a_clear_question_is_not_taken_for_a_medicine(string text, string topicId)
    {
        var r = Recognize(text);
        Assert.Equal(topicId, r.TopicId);
        Assert.Null(r.UnknownMedicineName);
    }

    [Theory]
    [InlineData("how do I stop cramps")]
    [InlineData("how can I stop getting cramps from my statins")]
    public void Stopping_cramps_is_not_stopping_a_medicine(string text)
    {
        Assert.NotEqual(Intent.StopMedicine, Recognize(text).Intent);
    }

    [Theory]
    [InlineData("hi", Intent.Greeting)]
    [InlineData("Hello!", Intent.Greeting)]
    [InlineData("good evening", Intent.Greeting)]
    [InlineData("help", Intent.Help)]
    [InlineData("what can you do?", Intent.Help)]
    [InlineData("cancel", Intent.Cancel)]
    [InlineData("start over", Intent.Cancel)]
    [InlineData("Start again please", Intent.Cancel)]
    [InlineData("terms", Intent.Terms)]
    [InlineData("privacy policy", Intent.Terms)]
    [InlineData("forget me", Intent.ForgetMe)]
    [InlineData("delete my data", Intent.ForgetMe)]
    [InlineData("please erase all my information", Intent.ForgetMe)]
    [InlineData("thanks", Intent.Thanks)]
    [InlineData("thank you!", Intent.Thanks)]
    [InlineData("cheers", Intent.Thanks)]
    public void Navigation_intents(string text, Intent intent)
    {
        var r = Recognize(text);
        Assert.Equal(intent, r.Intent);
        Assert.False(r.NeedsClarification);
    }

    [Theory]
    [InlineData("hi, why do I get cramps at night?")]
    [InlineData("thanks! and what about statins?")]
    public void A_question_wins_over_a_greeting_or_thanks_around_it(string text)
    {
        Assert.Equal(Intent.Topic, Recognize(text).Intent);
    }

    [Theory]
    [InlineData("how can I get rid of varicose veins")]
    [InlineData("can I get rid of my cramps")]
    public void Getting_rid_of_something_is_not_forget_me(string text)
    {
        Assert.NotEqual(Intent.ForgetMe, Recognize(text).Intent);
    }

    [Theory]
    [InlineData("what's the weather like")]
    [InlineData("book me a taxi")]
    [InlineData("I have a headache")]
    [InlineData("what is the capital of france")]
    [InlineData("asdkjh qwpoeiru")]
    public void Out_of_scope_messages_are_recognised(string text)
    {
        var r = Recognize(text);
        Assert.Equal(Intent.OutOfScope, r.Intent);
        Assert.Equal(RedFlag.None, r.RedFlag);
    }

    [Fact]
    public void A_clear_question_is_answered_without_did_you_mean()
    {
        var r = Recognize("How long does a leg cramp last?");

        Assert.Equal("how-long-cramps-last", r.TopicId);
        Assert.False(r.NeedsClarification);
        Assert.True(r.Score >= TestContent.Recognizer.Options.ConfidentAtLeast);
    }

    [Theory]
    [InlineData("cramps")]
    [InlineData("leg cramp thigh")]
    public void A_vague_message_asks_did_you_mean_with_two_or_three_topics(string text)
    {
        var r = Recognize(text);

        Assert.Equal(Intent.Topic, r.Intent);
        Assert.True(r.NeedsClarification);
        Assert.InRange(r.Candidates.Count, 2, 3);
        Assert.All(r.Candidates, c => Assert.Equal(Intent.Topic, c.Intent));
        Assert.Equal(r.TopicId, r.Candidates[0].TopicId);
    }

    [Theory]
    [InlineData("WHAT IS A DVT???", "dvt")]
    [InlineData("what’s   a   bakers cyst", "bakers-cyst")]
    [InlineData("Baker's cyst", "bakers-cyst")]
    [InlineData("wat is a dvt", "dvt")]
    [InlineData("ultrasund scan", "ultrasound")]
    [InlineData("varicous veins", "varicose-veins")]
    [InlineData("what is dialisis", "dialysis")]
    [InlineData("thrombosis", "dvt")]
    [InlineData("blood clot", "dvt")]
    [InlineData("kindeys", "kidneys")]
    public void Normalisation_and_typos_still_find_the_topic(string text, string topicId)
    {
        Assert.Equal(topicId, Recognize(text).TopicId);
    }

    [Theory]
    [InlineData("half")]
    [InlineData("call")]
    [InlineData("leg")]
    public void Short_everyday_words_are_not_corrected_into_medical_words(string word)
    {
        var r = Recognize($"it took {word} a minute");
        Assert.DoesNotContain(r.Candidates, c => c.TopicId == "where-cramps-happen" && c.Score > 0.5);
        Assert.False(r.Signals.LegPain);
    }

    [Theory]
    [InlineData("yes", YesNoAnswer.Yes)]
    [InlineData("Yeah", YesNoAnswer.Yes)]
    [InlineData("yep it is", YesNoAnswer.Yes)]
    [InlineData("a bit", YesNoAnswer.Yes)]
    [InlineData("I think so", YesNoAnswer.Yes)]
    [InlineData("it's swollen", YesNoAnswer.Yes)]
    [InlineData("no", YesNoAnswer.No)]
    [InlineData("nope", YesNoAnswer.No)]
    [InlineData("no it isn't", YesNoAnswer.No)]
    [InlineData("it's not swollen", YesNoAnswer.No)]
    [InlineData("not sure", YesNoAnswer.NotSure)]
    [InlineData("dunno", YesNoAnswer.NotSure)]
    [InlineData("maybe", YesNoAnswer.NotSure)]
    [InlineData("no idea", YesNoAnswer.NotSure)]
    [InlineData("not really", YesNoAnswer.NotSure)]
    [InlineData("I don't think so", YesNoAnswer.NotSure)]
    [InlineData("what is a dvt", YesNoAnswer.None)]
    public void Answers_to_is_your_leg_swollen(string text, YesNoAnswer expected)
    {
        Assert.Equal(expected, Recognize(text).Answer);
    }

    [Fact]
    public void A_symptom_report_is_not_mistaken_for_a_question()
    {
        var r = Recognize("my calf is swollen and painful");

        Assert.Equal(Intent.ReportSymptoms, r.Intent);
        Assert.Equal(RedFlag.DvtSign, r.RedFlag);
        Assert.Equal(YesNoAnswer.Yes, r.Answer);
    }

    [Fact]
    public void A_question_about_ones_own_symptom_keeps_both_the_topic_and_the_flag()
    {
        var r = Recognize("my calf is swollen, could it be a blood clot?");

        Assert.Equal("dvt", r.TopicId);
        Assert.Equal(RedFlag.DvtSign, r.RedFlag);
    }

    [Fact]
    public void Inconsistent_thresholds_are_refused_at_startup()
    {
        var options = new RecognizerOptions { OutOfScopeBelow = 0.8, ConfidentAtLeast = 0.5 };
        Assert.Throws<ArgumentException>(() => new CrampRecognizer(TestContent.Catalog, options));
    }
}
