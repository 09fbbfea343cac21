namespace CrampBot.Tests.Widget;

/// <summary>Where tests leave files for people to look at: TestResults/ at the repository root.</summary>
public static class TestArtifacts
{
    public static string Folder(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CrampBot.sln")))
        {
            directory = directory.Parent;
        }
        var folder = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "TestResults", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string Screenshot(string name) => Path.Combine(Folder("screenshots"), name + ".png");
}
