using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Anniversary.Archive.Data.Sqlite;

/// <summary>Plain ADO.NET commands on the context's connection, inside its transaction when one is open.</summary>
internal static class SqliteCommands
{
    public static async Task ExecuteAsync(this ArchiveDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = await db.CommandAsync(sql, parameters, cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<object?> ScalarAsync(this ArchiveDbContext db, string sql, IEnumerable<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(sql, parameters, cancellationToken);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    public static async Task<bool> TableExistsAsync(this ArchiveDbContext db, string table, CancellationToken cancellationToken) =>
        Convert.ToInt64(
            await db.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name", [("$name", table)], cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture) > 0;

    public static async Task<DbConnection> OpenAsync(this ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        return connection;
    }

    public static async Task<DbCommand> CommandAsync(this ArchiveDbContext db, string sql, IEnumerable<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        var command = (await db.OpenAsync(cancellationToken)).CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>The database file's full path; null for a database in memory.</summary>
    public static string? DatabaseFile(this ArchiveDbContext db)
    {
        var dataSource = db.Database.GetDbConnection().DataSource;
        return string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" ? null : Path.GetFullPath(dataSource);
    }

    /// <summary>An exclusive lock on a file beside the database, which the operating system drops with its process, however it ends; null while another holds it.</summary>
    public static IDisposable? TryLockFileBeside(this ArchiveDbContext db, string suffix)
    {
        if (db.DatabaseFile() is not { } file)
        {
            return new MemoryStream();
        }

        try
        {
            return new FileStream(file + suffix, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
