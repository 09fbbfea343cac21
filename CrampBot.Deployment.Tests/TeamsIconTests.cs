namespace CrampBot.Deployment.Tests;

/// <summary>The committed icons meet Teams' size and colour rules, and the rules catch a wrong icon.</summary>
public sealed class TeamsIconTests
{
    private static PngImage Icon(string name) => PngImage.Read(File.ReadAllBytes(Path.Combine(DeploymentPaths.TeamsDirectory, name)));

    [Fact]
    public void Color_icon_is_192_square_and_opaque()
    {
        var icon = Icon("color.png");

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.Empty(TeamsIconRules.ColorProblems(icon));
    }

    [Fact]
    public void Outline_icon_is_32_square_white_on_transparent()
    {
        var icon = Icon("outline.png");

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.Empty(TeamsIconRules.OutlineProblems(icon));
        Assert.Equal(0, icon.Pixel(0, 0).A);
    }

    [Fact]
    public void Outline_rules_reject_the_colour_icon()
    {
        var problems = TeamsIconRules.OutlineProblems(Icon("color.png"));

        Assert.Contains(problems, problem => problem.Contains("expected 32x32", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("must be white", StringComparison.Ordinal));
    }

    [Fact]
    public void Colour_rules_reject_the_outline_icon()
    {
        var problems = TeamsIconRules.ColorProblems(Icon("outline.png"));

        Assert.Contains(problems, problem => problem.Contains("expected 192x192", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("transparent", StringComparison.Ordinal));
    }

    [Fact]
    public void Reader_rejects_a_file_that_is_not_a_png()
    {
        Assert.Throws<InvalidDataException>(() => PngImage.Read("GIF89a not a png at all, long enough to pass"u8.ToArray()));
    }
}
