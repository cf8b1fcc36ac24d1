using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Anniversary.Archive.Data.Postgres;

/// <summary>Plain Npgsql commands on the context's connection, opened when closed; inside its transaction when one is open (Npgsql runs every command of a connection in its transaction).</summary>
internal static class PostgresCommands
{
    public static async Task<NpgsqlConnection> OpenAsync(this ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        return connection;
    }

    public static async Task<NpgsqlCommand> CommandAsync(this ArchiveDbContext db, string sql, IEnumerable<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, await db.OpenAsync(cancellationToken));
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static async Task ExecuteAsync(this ArchiveDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = await db.CommandAsync(sql, parameters, cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<object?> ScalarAsync(this ArchiveDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = await db.CommandAsync(sql, parameters, cancellationToken);
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
