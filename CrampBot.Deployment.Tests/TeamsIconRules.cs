namespace CrampBot.Deployment.Tests;

/// <summary>Teams' icon rules: colour 192×192 full colour and opaque; outline 32×32, white on transparent.</summary>
internal static class TeamsIconRules
{
    public static IReadOnlyList<string> ColorProblems(PngImage image)
    {
        var problems = SizeProblems(image, 192);
        if (Enumerable.Range(0, image.Width * image.Height).Any(i => image.Rgba[i * 4 + 3] != 255))
        {
            problems.Add("colour icon has transparent pixels; Teams expects a solid background");
        }
        return problems;
    }

    public static IReadOnlyList<string> OutlineProblems(PngImage image)
    {
        var problems = SizeProblems(image, 32);
        if (image.ColorType != 6)
        {
            problems.Add($"outline icon has colour type {image.ColorType}; it needs an alpha channel (6, RGBA)");
        }
        var visible = 0;
        var transparent = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var (r, g, b, a) = image.Pixel(x, y);
                if (a == 0)
                {
                    transparent++;
                    continue;
                }
                visible++;
                if ((r, g, b) != (255, 255, 255))
                {
                    problems.Add($"outline pixel ({x},{y}) is rgb({r},{g},{b}); visible pixels must be white");
                    return problems;
                }
            }
        }
        if (visible == 0)
        {
            problems.Add("outline icon is empty");
        }
        if (transparent == 0)
        {
            problems.Add("outline icon has no transparent background");
        }
        return problems;
    }

    private static List<string> SizeProblems(PngImage image, int side) =>
        image.Width == side && image.Height == side ? [] : [$"icon is {image.Width}x{image.Height}, expected {side}x{side}"];
}
