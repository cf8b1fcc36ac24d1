using Anniversary.Archive.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Anniversary.Archive.Data.Sqlite;

/// <summary>An import's rows on SQLite's C API, each statement prepared once per import.</summary>
public sealed class SqliteArticleBatchWriter : IArticleBatchWriter
{
    public IArticleRows Open(ArchiveDbContext db) => new SqliteArticleRows(db);
}

/// <summary>
/// Table and column names come from the EF model (<see cref="SqliteTable"/>); the SQL is built once
/// per import and kept prepared, so a row costs only binding its values.
/// </summary>
internal sealed class SqliteArticleRows : IArticleRows
{
    private readonly ArchiveDbContext _db;
    private readonly SqliteStatements _statements;
    private readonly Dictionary<(Type Table, int Rows), string> _multiRowInserts = [];
    private readonly SqliteTable _articles, _people, _events, _appearances, _statementRows;
    private readonly IReadOnlyList<SqliteColumn> _articleUpdate, _personName, _personCounts, _anniversary;
    private readonly string _insertArticle, _updateArticle, _insertPerson, _renamePerson, _writeCounts, _insertEvent, _writeAnniversary;
    private readonly string _peopleOfArticle, _recount, _deleteOrphanPeople, _deleteOrphanEvents;
    private readonly List<string> _deleteArticleRows;

    public SqliteArticleRows(ArchiveDbContext db)
    {
        _db = db;
        _statements = new SqliteStatements((SqliteConnection)db.Database.GetDbConnection());
        var model = db.Model;
        _articles = SqliteTable.Of<Article>(model);
        _people = SqliteTable.Of<Person>(model);
        _events = SqliteTable.Of<Event>(model);
        _appearances = SqliteTable.Of<Appearance>(model);
        _statementRows = SqliteTable.Of<Statement>(model);

        _insertArticle = Insert(_articles, _articles.Columns, returningId: true);
        _articleUpdate = _articles.AllBut(nameof(Article.Slug), nameof(Article.SourceFile), nameof(Article.ImportedAtUtc));
        _updateArticle = Update(_articles, _articleUpdate);
        _insertPerson = Insert(_people, _people.Columns, returningId: true);
        _personName = _people.Only(nameof(Person.Name), nameof(Person.Country));
        _renamePerson = Update(_people, _personName);
        _personCounts = _people.Only(nameof(Person.StrongestPart), nameof(Person.ArticleCount), nameof(Person.StatementCount));
        _writeCounts = Update(_people, _personCounts);
        _insertEvent = Insert(_events, _events.Columns, returningId: true);
        _anniversary = _events.Only(nameof(Event.AnniversaryOrdinal), nameof(Event.AnniversaryOf), nameof(Event.AnniversaryPrecision));
        _writeAnniversary = Update(_events, _anniversary);

        string ArticleId(SqliteTable table) => table.Column(nameof(Appearance.ArticleId));
        string PersonId(SqliteTable table) => table.Column(nameof(Appearance.PersonId));
        var (people, appearances, statements) = (_people.Name, _appearances.Name, _statementRows.Name);
        _peopleOfArticle = $"SELECT {PersonId(_appearances)} FROM {appearances} WHERE {ArticleId(_appearances)} = ?";
        _deleteArticleRows = new[] { typeof(ArticleBody), typeof(Appearance), typeof(Statement), typeof(Moment), typeof(MentionedDate) }
            .Select(type => SqliteTable.Of(model, type))
            .Select(table => $"DELETE FROM {table.Name} WHERE {ArticleId(table)} = ?")
            .ToList();
        _recount =
            $"UPDATE {people} SET " +
            $"{_people.Column(nameof(Person.StrongestPart))} = COALESCE((SELECT MIN(a.{_appearances.Column(nameof(Appearance.Part))}) FROM {appearances} a WHERE a.{PersonId(_appearances)} = {people}.{_people.Key}), {(int)Part.Mentioned}), " +
            $"{_people.Column(nameof(Person.ArticleCount))} = (SELECT COUNT(*) FROM {appearances} a WHERE a.{PersonId(_appearances)} = {people}.{_people.Key}), " +
            $"{_people.Column(nameof(Person.StatementCount))} = (SELECT COUNT(*) FROM {statements} s WHERE s.{PersonId(_statementRows)} = {people}.{_people.Key}) " +
            $"WHERE {_people.Key} IN ({{0}}) RETURNING {_people.Key}, {_people.Column(nameof(Person.StrongestPart))}, {_people.Column(nameof(Person.ArticleCount))}, {_people.Column(nameof(Person.StatementCount))}";
        _deleteOrphanPeople =
            $"DELETE FROM {people} WHERE NOT EXISTS (SELECT 1 FROM {appearances} a WHERE a.{PersonId(_appearances)} = {people}.{_people.Key}) RETURNING {_people.Key}";
        _deleteOrphanEvents =
            $"DELETE FROM {_events.Name} WHERE NOT EXISTS (SELECT 1 FROM {_articles.Name} a WHERE a.{_articles.Column(nameof(Article.EventId))} = {_events.Name}.{_events.Key}) RETURNING {_events.Key}";
    }

    public int AddArticle(Article article)
    {
        var id = checked((int)_statements.InsertInOrder(_insertArticle, Values(article, _articles.Columns)));
        article.Id = id;
        return id;
    }

    public IReadOnlyList<int> ReplaceArticle(Article article)
    {
        var people = _statements.IdsInOrder(_peopleOfArticle, [article.Id]).Select(id => checked((int)id)).ToList();
        foreach (var delete in _deleteArticleRows)
        {
            _statements.ExecuteInOrder(delete, [article.Id]);
        }

        _statements.ExecuteInOrder(_updateArticle, [.. Values(article, _articleUpdate), article.Id]);
        return people;
    }

    public void MoveSlug(int articleId, string oldSlug, string newSlug)
    {
        var former = SqliteTable.Of<FormerSlug>(_db.Model);
        var slug = former.Column(nameof(FormerSlug.Slug));
        _statements.ExecuteInOrder($"DELETE FROM {former.Name} WHERE {slug} = ?", [newSlug]);
        _statements.ExecuteInOrder($"UPDATE {_articles.Name} SET {_articles.Column(nameof(Article.Slug))} = ? WHERE {_articles.Key} = ?", [newSlug, articleId]);
        AddRows([new FormerSlug { ArticleId = articleId, Slug = oldSlug }]);
    }

    /// <summary>All the rows in one statement: far fewer round trips than a statement per row.</summary>
    public void AddRows<TRow>(IReadOnlyList<TRow> rows)
        where TRow : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = SqliteTable.Of<TRow>(_db.Model);
        var columns = table.Columns;
        if (!_multiRowInserts.TryGetValue((typeof(TRow), rows.Count), out var sql))
        {
            var row = "(" + string.Join(", ", Enumerable.Repeat("?", columns.Count)) + ")";
            sql = $"INSERT INTO {table.Name} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES " + string.Join(", ", Enumerable.Repeat(row, rows.Count));
            _multiRowInserts[(typeof(TRow), rows.Count)] = sql;
        }

        var values = new object?[rows.Count * columns.Count];
        var at = 0;
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                values[at++] = column.Value(row);
            }
        }

        _statements.ExecuteInOrder(sql, values);
    }

    public int AddPerson(Person person) => person.Id = checked((int)_statements.InsertInOrder(_insertPerson, Values(person, _people.Columns)));

    public void RenamePerson(Person person) => _statements.ExecuteInOrder(_renamePerson, [.. Values(person, _personName), person.Id]);

    public void WriteCounts(Person person) => _statements.ExecuteInOrder(_writeCounts, [.. Values(person, _personCounts), person.Id]);

    public async Task<IReadOnlyList<Person>> RecountAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default)
    {
        var counted = new List<Person>();
        foreach (var chunk in personIds.Chunk(500))
        {
            // The ids are integers written into the text; the statement differs every time, so it is not kept prepared.
            var ids = string.Join(", ", chunk.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await using var command = _db.Database.GetDbConnection().CreateCommand();
            command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, _recount, ids);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                counted.Add(new Person { Id = reader.GetInt32(0), StrongestPart = (Part)reader.GetInt32(1), ArticleCount = reader.GetInt32(2), StatementCount = reader.GetInt32(3) });
            }
        }

        return counted;
    }

    public int AddEvent(Event evt) => evt.Id = checked((int)_statements.InsertInOrder(_insertEvent, Values(evt, _events.Columns)));

    public void WriteAnniversary(Event evt) => _statements.ExecuteInOrder(_writeAnniversary, [.. Values(evt, _anniversary), evt.Id]);

    public (IReadOnlyList<int> People, IReadOnlyList<int> Events) DeleteOrphans() =>
        (Ids(_deleteOrphanPeople), Ids(_deleteOrphanEvents));

    public void Index(IReadOnlyList<IndexedArticle> articles)
    {
        SqliteSearchRows.Write(_statements, articles);
        Import.ImportTimings.Sample(SQLitePCL.raw.sqlite3_memory_highwater(0));
    }

    public void Dispose() => _statements.Dispose();

    private List<int> Ids(string sql) => _statements.IdsInOrder(sql, []).Select(id => checked((int)id)).ToList();

    private static object?[] Values(object entity, IReadOnlyList<SqliteColumn> columns)
    {
        var values = new object?[columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = columns[i].Value(entity);
        }

        return values;
    }

    private static string Insert(SqliteTable table, IReadOnlyList<SqliteColumn> columns, bool returningId) =>
        $"INSERT INTO {table.Name} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})" +
        (returningId ? $" RETURNING {table.Key}" : string.Empty);

    private static string Update(SqliteTable table, IReadOnlyList<SqliteColumn> columns) =>
        $"UPDATE {table.Name} SET {string.Join(", ", columns.Select(c => $"{c.Name} = ?"))} WHERE {table.Key} = ?";
}
