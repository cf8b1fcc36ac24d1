using Anniversary.Archive.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Anniversary.Archive.Data.Postgres;

/// <summary>An import's rows through Npgsql on the import's connection, inside the transaction the importer holds.</summary>
public sealed class PostgresArticleBatchWriter : IArticleBatchWriter
{
    public IArticleRows Open(ArchiveDbContext db) => new PostgresArticleRows(db);
}

/// <summary>
/// Table and column names come from the EF model (<see cref="PostgresTable"/>). An article's own rows
/// (a few paragraphs, people, dates) go in one multi-row INSERT per table, one round trip each; the
/// search rows of a whole batch, the many, go in one binary COPY (<see cref="PostgresSearchRows"/>).
/// Every statement is sent with its parameters as it is: PostgreSQL plans them in microseconds.
/// </summary>
internal sealed class PostgresArticleRows : IArticleRows
{
    private readonly ArchiveDbContext _db;
    private readonly NpgsqlConnection _connection;
    private readonly Dictionary<(Type Table, int Rows), string> _multiRowInserts = [];
    private readonly PostgresTable _articles, _people, _events, _appearances, _statementRows;
    private readonly IReadOnlyList<PostgresColumn> _articleUpdate, _personName, _personCounts, _anniversary;
    private readonly string _insertArticle, _updateArticle, _insertPerson, _renamePerson, _writeCounts, _insertEvent, _writeAnniversary;
    private readonly string _peopleOfArticle, _recount, _deleteOrphanPeople, _deleteOrphanEvents;
    private readonly List<string> _deleteArticleRows;

    public PostgresArticleRows(ArchiveDbContext db)
    {
        _db = db;
        _connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var model = db.Model;
        _articles = PostgresTable.Of<Article>(model);
        _people = PostgresTable.Of<Person>(model);
        _events = PostgresTable.Of<Event>(model);
        _appearances = PostgresTable.Of<Appearance>(model);
        _statementRows = PostgresTable.Of<Statement>(model);

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

        string ArticleId(PostgresTable table) => table.Column(nameof(Appearance.ArticleId));
        string PersonId(PostgresTable table) => table.Column(nameof(Appearance.PersonId));
        var (people, appearances, statements) = (_people.Name, _appearances.Name, _statementRows.Name);
        _peopleOfArticle = $"SELECT {PersonId(_appearances)} FROM {appearances} WHERE {ArticleId(_appearances)} = $1";
        _deleteArticleRows = new[] { typeof(ArticleBody), typeof(Appearance), typeof(Statement), typeof(Moment), typeof(MentionedDate) }
            .Select(type => PostgresTable.Of(model, type))
            .Select(table => $"DELETE FROM {table.Name} WHERE {ArticleId(table)} = $1")
            .ToList();
        _recount =
            $"UPDATE {people} SET " +
            $"{_people.Column(nameof(Person.StrongestPart))} = COALESCE((SELECT MIN(a.{_appearances.Column(nameof(Appearance.Part))}) FROM {appearances} a WHERE a.{PersonId(_appearances)} = {people}.{_people.Key}), {(int)Part.Mentioned}), " +
            $"{_people.Column(nameof(Person.ArticleCount))} = (SELECT COUNT(*) FROM {appearances} a WHERE a.{PersonId(_appearances)} = {people}.{_people.Key}), " +
            $"{_people.Column(nameof(Person.StatementCount))} = (SELECT COUNT(*) FROM {statements} s WHERE s.{PersonId(_statementRows)} = {people}.{_people.Key}) " +
            $"WHERE {_people.Key} = ANY($1) RETURNING {_people.Key}, {_people.Column(nameof(Person.StrongestPart))}, {_people.Column(nameof(Person.ArticleCount))}, {_people.Column(nameof(Person.StatementCount))}";
        _deleteOrphanPeople =
            $"DELETE FROM {people} WHERE NOT EXISTS (SELECT 1 FROM {appearances} a WHERE a.{PersonId(_appearances)} = {people}.{_people.Key}) RETURNING {_people.Key}";
        _deleteOrphanEvents =
            $"DELETE FROM {_events.Name} WHERE NOT EXISTS (SELECT 1 FROM {_articles.Name} a WHERE a.{_articles.Column(nameof(Article.EventId))} = {_events.Name}.{_events.Key}) RETURNING {_events.Key}";
    }

    public int AddArticle(Article article)
    {
        var id = Insert(_insertArticle, Values(article, _articles.Columns));
        article.Id = id;
        return id;
    }

    public IReadOnlyList<int> ReplaceArticle(Article article)
    {
        var people = Ids(_peopleOfArticle, [article.Id]);
        foreach (var delete in _deleteArticleRows)
        {
            Execute(delete, [article.Id]);
        }

        Execute(_updateArticle, [.. Values(article, _articleUpdate), article.Id]);
        return people;
    }

    public void MoveSlug(int articleId, string oldSlug, string newSlug)
    {
        var former = PostgresTable.Of<FormerSlug>(_db.Model);
        var slug = former.Column(nameof(FormerSlug.Slug));
        Execute($"DELETE FROM {former.Name} WHERE {slug} = $1", [newSlug]);
        Execute($"UPDATE {_articles.Name} SET {_articles.Column(nameof(Article.Slug))} = $1 WHERE {_articles.Key} = $2", [newSlug, articleId]);
        AddRows([new FormerSlug { ArticleId = articleId, Slug = oldSlug }]);
    }

    public void AddRows<TRow>(IReadOnlyList<TRow> rows)
        where TRow : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = PostgresTable.Of<TRow>(_db.Model);
        var columns = table.Columns;
        if (!_multiRowInserts.TryGetValue((typeof(TRow), rows.Count), out var sql))
        {
            var values = Enumerable.Range(0, rows.Count)
                .Select(row => "(" + string.Join(", ", Enumerable.Range(1, columns.Count).Select(column => $"${row * columns.Count + column}")) + ")");
            sql = $"INSERT INTO {table.Name} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES " + string.Join(", ", values);
            _multiRowInserts[(typeof(TRow), rows.Count)] = sql;
        }

        Execute(sql, rows.SelectMany(row => columns.Select(column => column.Value(row))).ToList());
    }

    public int AddPerson(Person person) => person.Id = Insert(_insertPerson, Values(person, _people.Columns));

    public void RenamePerson(Person person) => Execute(_renamePerson, [.. Values(person, _personName), person.Id]);

    public void WriteCounts(Person person) => Execute(_writeCounts, [.. Values(person, _personCounts), person.Id]);

    public async Task<IReadOnlyList<Person>> RecountAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default)
    {
        var counted = new List<Person>();
        if (personIds.Count == 0)
        {
            return counted;
        }

        await using var command = Command(_recount, [personIds.ToArray()]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counted.Add(new Person { Id = reader.GetInt32(0), StrongestPart = (Part)reader.GetInt32(1), ArticleCount = reader.GetInt32(2), StatementCount = reader.GetInt32(3) });
        }

        return counted;
    }

    public int AddEvent(Event evt) => evt.Id = Insert(_insertEvent, Values(evt, _events.Columns));

    public void WriteAnniversary(Event evt) => Execute(_writeAnniversary, [.. Values(evt, _anniversary), evt.Id]);

    public (IReadOnlyList<int> People, IReadOnlyList<int> Events) DeleteOrphans() =>
        (Ids(_deleteOrphanPeople, []), Ids(_deleteOrphanEvents, []));

    public void Index(IReadOnlyList<IndexedArticle> articles) => PostgresSearchRows.Write(_connection, articles);

    public void Dispose()
    {
    }

    private NpgsqlCommand Command(string sql, IReadOnlyList<object?> values)
    {
        var command = new NpgsqlCommand(sql, _connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    private void Execute(string sql, IReadOnlyList<object?> values)
    {
        using var command = Command(sql, values);
        command.ExecuteNonQuery();
    }

    private int Insert(string sql, IReadOnlyList<object?> values)
    {
        using var command = Command(sql, values);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private List<int> Ids(string sql, IReadOnlyList<object?> values)
    {
        using var command = Command(sql, values);
        using var reader = command.ExecuteReader();
        var ids = new List<int>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    private static object?[] Values(object entity, IReadOnlyList<PostgresColumn> columns)
    {
        var values = new object?[columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = columns[i].Value(entity);
        }

        return values;
    }

    private static string Insert(PostgresTable table, IReadOnlyList<PostgresColumn> columns, bool returningId) =>
        $"INSERT INTO {table.Name} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"${i + 1}"))})" +
        (returningId ? $" RETURNING {table.Key}" : string.Empty);

    private static string Update(PostgresTable table, IReadOnlyList<PostgresColumn> columns) =>
        $"UPDATE {table.Name} SET {string.Join(", ", columns.Select((c, i) => $"{c.Name} = ${i + 1}"))} WHERE {table.Key} = ${columns.Count + 1}";
}
