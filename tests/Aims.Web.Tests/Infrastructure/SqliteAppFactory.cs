using Aims.Core.Data;

namespace Aims.Web.Tests.Infrastructure;

/// <summary>The host on an embedded SQLite file in a temporary data folder.</summary>
public sealed class SqliteAppFactory : AimsAppFactory
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
