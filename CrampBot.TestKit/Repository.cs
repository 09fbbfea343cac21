namespace CrampBot.TestKit;

/// <summary>The repository the tests were built from: the folder above the test output that holds CrampBot.sln.</summary>
public static class Repository
{
    /// <summary>The repository's root, or null when the tests run outside it (a copied test output).</summary>
    public static DirectoryInfo? Root { get; } = Find();

    private static DirectoryInfo? Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CrampBot.sln")))
        {
            directory = directory.Parent;
        }
        return directory;
    }
}
