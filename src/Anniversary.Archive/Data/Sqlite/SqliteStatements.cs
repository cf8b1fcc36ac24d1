using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Anniversary.Archive.Data.Sqlite;

/// <summary>
/// The importer's statements, and the search's reading of candidates, on SQLite's C API, each
/// prepared once with its parameters' positions looked up once: through ADO.NET, binding every value
/// by name and wrapping every run in a reader cost an import as much again as SQLite itself, and
/// reading a value cost two calls into SQLite. Values are written as Microsoft.Data.Sqlite writes
/// them, so EF Core reads them back unchanged. Parameters are named <c>@name</c>.
/// </summary>
internal sealed class SqliteStatements(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, (sqlite3_stmt Statement, int[] Positions)> _prepared = new(StringComparer.Ordinal);

    public void Execute(string sql, params (string Name, object? Value)[] parameters) => RunToEnd(Bound(sql, parameters));

    /// <summary>Runs a statement whose parameters are <c>?</c>, given in order.</summary>
    public void ExecuteInOrder(string sql, IReadOnlyList<object?> values) => RunToEnd(BoundInOrder(sql, values));

    /// <summary>Runs an <c>INSERT … RETURNING</c> the key, with its parameters in order, and gives the key.</summary>
    public long InsertInOrder(string sql, IReadOnlyList<object?> values)
    {
        var ids = IdsOf(BoundInOrder(sql, values));
        return ids.Count == 1 ? ids[0] : throw new InvalidOperationException($"expected one id from: {sql}");
    }

    /// <summary>The first column of every row the statement gives, its parameters in order.</summary>
    public List<long> IdsInOrder(string sql, IReadOnlyList<object?> values) => IdsOf(BoundInOrder(sql, values));

    private sqlite3_stmt BoundInOrder(string sql, IReadOnlyList<object?> values)
    {
        var statement = Prepared(sql, []).Statement;
        for (var i = 0; i < values.Count; i++)
        {
            Check(Bind(statement, i + 1, values[i]));
        }

        return statement;
    }

    private List<long> IdsOf(sqlite3_stmt statement)
    {
        var ids = new List<long>();
        try
        {
            while (Step(statement))
            {
                ids.Add(raw.sqlite3_column_int64(statement, 0));
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }

        return ids;
    }

    /// <summary>Runs a query and hands each of its rows to <paramref name="readRow"/>, which reads the columns it needs off the statement.</summary>
    public void Read(string sql, (string Name, object? Value)[] parameters, Action<sqlite3_stmt> readRow)
    {
        var statement = Bound(sql, parameters);
        try
        {
            while (Step(statement))
            {
                readRow(statement);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>
    /// Reads two queries, each in its order, as one: the next row is the first query's when
    /// <paramref name="firstComesFirst"/> says so of the two rows at hand, and reading stops when
    /// <paramref name="readRow"/> returns false, so neither query reads further than the merged rows need.
    /// </summary>
    public void ReadMerged(
        (string Sql, (string Name, object? Value)[] Parameters) first, (string Sql, (string Name, object? Value)[] Parameters) second,
        Func<sqlite3_stmt, sqlite3_stmt, bool> firstComesFirst, Func<sqlite3_stmt, bool> readRow)
    {
        var one = Bound(first.Sql, first.Parameters);
        var other = Bound(second.Sql, second.Parameters);
        try
        {
            var (hasOne, hasOther) = (Step(one), Step(other));
            while (hasOne || hasOther)
            {
                var fromOne = hasOne && (!hasOther || firstComesFirst(one, other));
                if (!readRow(fromOne ? one : other))
                {
                    return;
                }

                if (fromOne)
                {
                    hasOne = Step(one);
                }
                else
                {
                    hasOther = Step(other);
                }
            }
        }
        finally
        {
            raw.sqlite3_reset(one);
            raw.sqlite3_reset(other);
        }
    }

    public void Dispose()
    {
        foreach (var (statement, _) in _prepared.Values)
        {
            statement.Dispose();
        }

        _prepared.Clear();
    }

    private sqlite3_stmt Bound(string sql, (string Name, object? Value)[] parameters)
    {
        var prepared = Prepared(sql, parameters);
        for (var i = 0; i < parameters.Length; i++)
        {
            Check(Bind(prepared.Statement, prepared.Positions[i], parameters[i].Value));
        }

        return prepared.Statement;
    }

    private (sqlite3_stmt Statement, int[] Positions) Prepared(string sql, (string Name, object? Value)[] parameters)
    {
        if (!_prepared.TryGetValue(sql, out var prepared))
        {
            Check(raw.sqlite3_prepare_v2(connection.Handle, FailingNotAborting(sql), out var statement));
            var positions = parameters.Select(p => raw.sqlite3_bind_parameter_index(statement, p.Name)).ToArray();
            if (positions.Contains(0))
            {
                statement.Dispose();
                throw new ArgumentException($"a parameter is not in the statement: {sql}", nameof(parameters));
            }

            _prepared[sql] = prepared = (statement, positions);
        }

        return prepared;
    }

    /// <summary>
    /// Inserts and updates run OR FAIL rather than SQLite's default, ABORT, under which every statement
    /// that could fail halfway first copies each page it changes, to undo itself: that doubled the cost
    /// of storing rows. A statement that fails now leaves its partial change, and the importer undoes it
    /// with the whole batch, or the file, as it must anyway.
    /// </summary>
    private static string FailingNotAborting(string sql) =>
        sql.StartsWith("INSERT INTO ", StringComparison.Ordinal) ? "INSERT OR FAIL INTO " + sql["INSERT INTO ".Length..]
            : sql.StartsWith("UPDATE ", StringComparison.Ordinal) ? "UPDATE OR FAIL " + sql["UPDATE ".Length..] : sql;

    private static int Bind(sqlite3_stmt statement, int position, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, position),
        string text => raw.sqlite3_bind_text(statement, position, text),
        byte[] bytes => raw.sqlite3_bind_blob(statement, position, bytes),
        int number => raw.sqlite3_bind_int64(statement, position, number),
        long number => raw.sqlite3_bind_int64(statement, position, number),
        bool flag => raw.sqlite3_bind_int64(statement, position, flag ? 1 : 0),
        double number => raw.sqlite3_bind_double(statement, position, number),
        DateOnly date => raw.sqlite3_bind_text(statement, position, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
        DateTime time => raw.sqlite3_bind_text(statement, position, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        Enum kind => raw.sqlite3_bind_int64(statement, position, Convert.ToInt64(kind, CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"no SQLite type for {value.GetType()}", nameof(value)),
    };

    private void RunToEnd(sqlite3_stmt statement)
    {
        try
        {
            while (Step(statement))
            {
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>True while the statement gives rows.</summary>
    private bool Step(sqlite3_stmt statement)
    {
        var result = raw.sqlite3_step(statement);
        if (result == raw.SQLITE_ROW)
        {
            return true;
        }

        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }

        return false;
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, connection.Handle);
        }
    }
}
