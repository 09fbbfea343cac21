namespace CrampBot.Content;

/// <summary>Checks a setting that is written into patient texts.</summary>
internal static class SettingText
{
    /// <summary>
    /// True for 1 to <paramref name="maxLength"/> characters without braces or control characters: a brace would read
    /// as a placeholder, a line break would break the sentence it sits in.
    /// </summary>
    public static bool IsPlain(string value, int maxLength) =>
        value.Length >= 1 && value.Length <= maxLength && !value.Any(c => c is '{' or '}' || char.IsControl(c));
}
