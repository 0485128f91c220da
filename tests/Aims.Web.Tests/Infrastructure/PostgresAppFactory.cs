using Aims.Core.Data;

namespace Aims.Web.Tests.Infrastructure;

/// <summary>The host on a fresh PostgreSQL database (needs AIMS_TEST_PG).</summary>
public sealed class PostgresAppFactory : AimsAppFactory
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
