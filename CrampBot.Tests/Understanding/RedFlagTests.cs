using CrampBot.Tests.Content;
using CrampBot.Understanding;

namespace CrampBot.Tests.Understanding;

/// <summary>The red-flag check on many phrasings, typos and negations.</summary>
public sealed class RedFlagTests
{
    private static Recognition Recognize(string text) => TestContent.Recognizer.Recognize(text);

    [Theory]
    [InlineData("I have chest pain")]
    [InlineData("chest pains")]
    [InlineData("my chest hurts")]
    [InlineData("pain in my chest")]
    [InlineData("tightness in my chest")]
    [InlineData("my chest feels really heavy")]
    [InlineData("chset pain")]
    [InlineData("chest pian")]
    [InlineData("i'm breathless")]
    [InlineData("feeling breathles")]
    [InlineData("I'm short of breath")]
    [InlineData("short of breth")]
    [InlineData("shortness of breath")]
    [InlineData("I can't breathe")]
    [InlineData("i cant breath")]
    [InlineData("I cannot breathe properly")]
    [InlineData("struggling to breathe")]
    [InlineData("strugling to breath")]
    [InlineData("it's hard to breathe")]
    [InlineData("difficulty breathing")]
    [InlineData("it hurts when I breathe in")]
    [InlineData("I'm coughing up blood")]
    [InlineData("coughing blood")]
    [InlineData("I coughed up blood")]
    [InlineData("coughin up bloood")]
    [InlineData("there's blood when I cough")]
    [InlineData("spitting blood")]
    [InlineData("my calf is swollen and I'm short of breath")]
    [InlineData("swollen leg and chest pain")]
    [InlineData("no swelling but I have chest pain")]
    [InlineData("my leg isn't swollen, but I can't breathe")]
    [InlineData("no swelling and chest pain")]
    [InlineData("I collapsed")]
    [InlineData("CHEST PAIN!!!")]
    [InlineData("chestpain")]
    [InlineData("cheat pain and a swollen leg")]
    [InlineData("  chest    pain  ")]
    [InlineData("can a dvt cause chest pain?")]
    public void Emergency_symptoms_raise_the_emergency_flag(string text)
    {
        var r = Recognize(text);
        Assert.Equal(RedFlag.Emergency, r.RedFlag);
        Assert.True(r.Signals.HasEmergency);
    }

    [Theory]
    [InlineData("no chest pain")]
    [InlineData("I don't have chest pain")]
    [InlineData("I do not have any chest pain")]
    [InlineData("no chest pain or breathlessness")]
    [InlineData("I'm not breathless")]
    [InlineData("no shortness of breath")]
    [InlineData("not short of breath")]
    [InlineData("I can breathe fine")]
    [InlineData("breathing is normal")]
    [InlineData("no problems breathing")]
    [InlineData("I haven't coughed up any blood")]
    [InlineData("not coughing blood")]
    [InlineData("without chest pain")]
    [InlineData("chest pain? no")]
    [InlineData("my leg is not swollen and I have no chest pain")]
    [InlineData("no swelling, no chest pain, no breathlessness")]
    public void Negated_emergency_symptoms_do_not_raise_the_emergency_flag(string text)
    {
        var r = Recognize(text);
        Assert.NotEqual(RedFlag.Emergency, r.RedFlag);
        Assert.Equal(EmergencySymptoms.None, r.Signals.Emergency);
    }

    [Theory]
    [InlineData("my calf is swollen and painful")]
    [InlineData("swollen painful leg")]
    [InlineData("my leg is swolen and hurts")]
    [InlineData("my calf is puffy and sore")]
    [InlineData("my thigh swelled up and aches")]
    [InlineData("calf pain with swelling")]
    [InlineData("my leg is swollen")]
    [InlineData("my ankle is puffy")]
    [InlineData("one calf is bigger than the other")]
    [InlineData("my calf hurts and I'm not sure if it's swollen")]
    [InlineData("sore leg, maybe a bit swollen")]
    [InlineData("my calf hurts, it's a bit swollen")]
    [InlineData("my leg hurts and it is swollen but no chest pain")]
    [InlineData("my calf has been throbbing")]
    [InlineData("my calf is red and hot")]
    [InlineData("Nothing helps the swelling in my calf")]
    [InlineData("My calf really hurts and I've never had it swell like this")]
    [InlineData("what if your calf is swollen and hot?")]
    [InlineData("my husband's leg is swollen")]
    [InlineData("her ankle has gone purple and it's warm")]
    public void A_sign_of_a_clot_about_a_person_means_same_day_care(string text)
    {
        Assert.Equal(RedFlag.DvtSign, Recognize(text).RedFlag);
    }

    [Theory]
    [InlineData("my calf hurts")]
    [InlineData("my leg hurts")]
    [InlineData("pain in my thigh")]
    [InlineData("my calf is really sore")]
    [InlineData("aching legs")]
    [InlineData("my thigh is achy")]
    [InlineData("legg pian")]
    [InlineData("sharp pain in the back of my leg")]
    [InlineData("it hurts so much")]
    [InlineData("my knee is tender")]
    [InlineData("my leg feels heavy")]
    [InlineData("I think I've got a blood clot in my leg")]
    public void Leg_pain_alone_starts_the_leg_pain_check(string text)
    {
        var r = Recognize(text);
        Assert.Equal(RedFlag.LegPain, r.RedFlag);
        Assert.True(r.Signals.LegPain);
        Assert.Equal(YesNoAnswer.None, r.Signals.Swelling);
    }

    [Theory]
    [InlineData("no swelling", YesNoAnswer.No)]
    [InlineData("my leg isn't swollen", YesNoAnswer.No)]
    [InlineData("my calf isnt swollen", YesNoAnswer.No)]
    [InlineData("not swollen", YesNoAnswer.No)]
    [InlineData("without swelling", YesNoAnswer.No)]
    [InlineData("there's no swelling at all", YesNoAnswer.No)]
    [InlineData("it's not puffy", YesNoAnswer.No)]
    [InlineData("swollen? no", YesNoAnswer.No)]
    [InlineData("it is swollen", YesNoAnswer.Yes)]
    [InlineData("yes it's swolen", YesNoAnswer.Yes)]
    [InlineData("a little puffy", YesNoAnswer.Yes)]
    [InlineData("it wasn't swollen this morning but now it is swollen", YesNoAnswer.Yes)]
    [InlineData("not sure if it's swollen", YesNoAnswer.NotSure)]
    [InlineData("I don't know if it's swollen", YesNoAnswer.NotSure)]
    [InlineData("maybe swollen", YesNoAnswer.NotSure)]
    [InlineData("I don't think it's swollen", YesNoAnswer.NotSure)]
    [InlineData("my calf hurts", YesNoAnswer.None)]
    public void Swelling_is_read_with_negation_and_doubt(string text, YesNoAnswer expected)
    {
        Assert.Equal(expected, Recognize(text).Signals.Swelling);
    }

    [Theory]
    [InlineData("my calf hurts but it isn't swollen")]
    [InlineData("pain in my leg, no swelling")]
    [InlineData("sore calf without any swelling")]
    [InlineData("my leg aches, not swollen, no chest pain")]
    public void Leg_pain_without_swelling_is_leg_pain_only(string text)
    {
        var r = Recognize(text);
        Assert.Equal(RedFlag.LegPain, r.RedFlag);
        Assert.Equal(YesNoAnswer.No, r.Signals.Swelling);
    }

    [Theory]
    [InlineData("what causes calf pain?")]
    [InlineData("can leg cramps be painful")]
    [InlineData("does a dvt cause swelling and pain")]
    [InlineData("I have a headache")]
    [InlineData("my back hurts")]
    [InlineData("my face is swollen")]
    [InlineData("stomach ache")]
    [InlineData("sore throat")]
    [InlineData("I take morphine for pain relief")]
    [InlineData("it only takes half a minute to go")]
    [InlineData("thanks")]
    public void General_questions_and_other_body_parts_raise_no_flag(string text)
    {
        Assert.Equal(RedFlag.None, Recognize(text).RedFlag);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!.,")]
    public void Empty_text_from_a_card_tap_is_handled(string? text)
    {
        var r = Recognize(text!);
        Assert.Equal(Intent.None, r.Intent);
        Assert.Equal(RedFlag.None, r.RedFlag);
    }

    [Fact]
    public void The_rule_is_the_same_when_called_on_signals_directly()
    {
        Assert.Equal(RedFlag.Emergency, RedFlags.Evaluate(new ClinicalSignals(false, YesNoAnswer.None, EmergencySymptoms.ChestPain, IsGeneralQuestion: true)));
        Assert.Equal(RedFlag.DvtSign, RedFlags.Evaluate(new ClinicalSignals(true, YesNoAnswer.NotSure, EmergencySymptoms.None, false)));
        Assert.Equal(RedFlag.LegPain, RedFlags.Evaluate(new ClinicalSignals(true, YesNoAnswer.No, EmergencySymptoms.None, false)));
        Assert.Equal(RedFlag.None, RedFlags.Evaluate(new ClinicalSignals(true, YesNoAnswer.Yes, EmergencySymptoms.None, IsGeneralQuestion: true)));
    }
}
