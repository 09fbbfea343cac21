namespace CrampBot.Browser.Tests;

/// <summary>Where tests leave files for people to look at: TestResults/ at the repository root.</summary>
public static class TestArtifacts
{
    public static string Folder(string name)
    {
        var folder = Path.Combine(Repository.Root?.FullName ?? AppContext.BaseDirectory, "TestResults", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string Screenshot(string name) => Path.Combine(Folder("screenshots"), name + ".png");
}
