namespace CrampBot.Storage;

/// <summary>
/// Settings of <c>"Storage:Blob"</c>, used when <see cref="StorageOptions.Provider"/> is <see cref="StorageOptions.BlobProvider"/>:
/// the container and how to reach the account, either <see cref="ServiceUri"/> (managed identity through
/// <c>DefaultAzureCredential</c>, as the Azure templates give) or <see cref="ConnectionString"/> (Azurite, tests).
/// </summary>
public sealed class BlobStorageOptions
{
    /// <summary>The container holding the documents (3–63 lower-case letters, digits and single hyphens); created when missing.</summary>
    public string ContainerName { get; set; } = "crampbot-state";

    /// <summary>The Blob service endpoint, e.g. <c>https://account.blob.core.windows.net/</c>; authenticated with <c>DefaultAzureCredential</c>.</summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>A storage connection string (Azurite, tests); set this or <see cref="ServiceUri"/>, not both.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>True when exactly one way to reach the account is set.</summary>
    internal bool HasOneEndpoint() => (ServiceUri is not null) != !string.IsNullOrWhiteSpace(ConnectionString);

    /// <summary>True for a container name Blob Storage accepts.</summary>
    internal bool HasValidContainerName() =>
        ContainerName is { Length: >= 3 and <= 63 } name
        && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && name[0] != '-' && name[^1] != '-' && !name.Contains("--", StringComparison.Ordinal);
}
