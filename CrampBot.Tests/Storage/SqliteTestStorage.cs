using CrampBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrampBot.Tests.Storage;

internal static class SqliteTestStorage
{
    public static SqliteStorage Create(string path, TimeProvider? clock = null) =>
        new(path, clock ?? TimeProvider.System, NullLogger<SqliteStorage>.Instance);
}
