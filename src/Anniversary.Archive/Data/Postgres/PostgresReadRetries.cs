using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Anniversary.Archive.Data.Postgres;

/// <summary>
/// A query that fails on a connection a stopped server broke runs again on a new connection, which
/// goes to a server still up: the pool keeps its connections to a standby (or a primary) until one
/// is used, and only using one finds it broken. Only EF Core's queries are retried, and those are
/// the reads: the importer's rows, locks and transactions are plain commands, never run again.
/// </summary>
internal sealed class PostgresReadRetries(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, TimeSpan.FromMilliseconds(500), errorCodesToAdd: null)
{
    /// <summary>Enough for the pool's broken connections to one server to be found and dropped.</summary>
    private const int MaxRetries = 6;
}
