using CrampBot.Content;
using CrampBot.Understanding;

namespace CrampBot.Tests.Content;

/// <summary>The real embedded content and a recognizer over it, built once for all tests.</summary>
internal static class TestContent
{
    private static readonly Lazy<ContentCatalog> LazyCatalog = new(() => ContentCatalog.Load(new ContentOptions()));
    private static readonly Lazy<CrampRecognizer> LazyRecognizer = new(() => new CrampRecognizer(Catalog));

    public static ContentCatalog Catalog => LazyCatalog.Value;
    public static CrampRecognizer Recognizer => LazyRecognizer.Value;

    public static string LeafletText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Content", "leg-cramps-leaflet.txt"));

    /// <summary>The embedded content file as text, for tests that break it on purpose.</summary>
    public static string ContentJson
    {
        get
        {
            using var stream = typeof(ContentCatalog).Assembly.GetManifestResourceStream(ContentCatalog.EmbeddedResourceName)!;
            return new StreamReader(stream).ReadToEnd();
        }
    }
}
