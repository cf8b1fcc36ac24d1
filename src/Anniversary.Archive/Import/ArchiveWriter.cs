using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using Anniversary.Archive.Data;
using Anniversary.Archive.Extraction;
using Anniversary.Archive.Model;
using Anniversary.Archive.Parsing;
using Anniversary.Archive.Search;
using Anniversary.Archive.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Anniversary.Archive.Import;

/// <summary>
/// Stores read articles with prepared SQL inside the importer's batch transaction. It keeps what it
/// must look up for every file — stored files, slugs, people, events — in memory, loaded once, which
/// is safe because only one import writes at a time; every change to that memory can be undone, for
/// one file or for the whole batch.
/// </summary>
internal sealed class ArchiveWriter
{
    private static readonly JsonSerializerOptions RolesJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArchiveDbContext _db;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, StoredArticle> _articles;
    private readonly Dictionary<string, string> _filesByText;
    private readonly HashSet<string> _articleSlugs;
    private readonly Dictionary<string, StoredPerson> _people;
    private readonly HashSet<string> _personSlugs;
    private readonly Dictionary<(string Kind, string PlaceKey, DateOnly Date), StoredEvent> _events;
    private readonly HashSet<string> _eventSlugs;
    private readonly IImportStatements _statements;
    private readonly Dictionary<(string TableAndColumns, int Rows), string> _multiRowInserts = [];
    private readonly List<Action> _undo = [];
    private readonly HashSet<int> _recount = [];
    private readonly Dictionary<int, PersonCounts> _counts;
    private readonly HashSet<int> _counted = [];

    private ArchiveWriter(
        ArchiveDbContext db, IImportStatements statements, TimeProvider clock, List<StoredArticle> articles, List<StoredPerson> people, List<StoredEvent> events,
        Dictionary<int, PersonCounts> counts)
    {
        _counts = counts;
        _db = db;
        _statements = statements;
        _clock = clock;
        _articles = articles.ToDictionary(a => a.SourceFile, StringComparer.Ordinal);
        _filesByText = articles.Where(a => a.TextHash.Length > 0).GroupBy(a => a.TextHash).ToDictionary(g => g.Key, g => g.First().SourceFile);
        _articleSlugs = articles.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        _people = people.ToDictionary(p => p.Key, StringComparer.Ordinal);
        _personSlugs = people.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        _events = events.ToDictionary(e => (e.Kind, e.PlaceKey, e.Date));
        _eventSlugs = events.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The content hash of every stored file, by file name: what needs no reading again.</summary>
    public IReadOnlyDictionary<string, string> StoredHashes => _articles.ToDictionary(a => a.Key, a => a.Value.ContentHash, StringComparer.Ordinal);

    /// <summary>The clock is the importer's, so that an article's import times and the bound on its date come from one source.</summary>
    public static async Task<ArchiveWriter> OpenAsync(ArchiveDbContext db, IImportStatements statements, TimeProvider clock, CancellationToken cancellationToken)
    {
        var articles = await db.Articles.Select(a => new StoredArticle(a.Id, a.SourceFile, a.Slug, a.ContentHash, a.TextHash)).ToListAsync(cancellationToken);
        var people = await db.People
            .Select(p => new { Person = new StoredPerson(p.Id, p.Key, p.Slug, p.Name, p.Country), Counts = new PersonCounts(p.StrongestPart, p.ArticleCount, p.StatementCount) })
            .ToListAsync(cancellationToken);
        var events = await db.Events.Select(e => new StoredEvent(e.Id, e.Kind, e.PlaceKey, e.Date, e.Slug, e.AnniversaryOrdinal)).ToListAsync(cancellationToken);
        return new ArchiveWriter(
            db, statements, clock, articles, people.Select(p => p.Person).ToList(), events, people.ToDictionary(p => p.Person.Id, p => p.Counts));
    }

    /// <summary>
    /// Stores one article. In its own savepoint when <paramref name="isolated"/>: on failure the file's
    /// changes, in the database and here, are undone and the failure returned. Otherwise a failure is
    /// thrown, leaving the batch's transaction for the caller to roll back and <see cref="UndoBatch"/>.
    /// </summary>
    public async Task<(ImportOutcome Outcome, SearchDocument? Document, ImportFailure? Failure)> WriteAsync(
        ReadArticle read, IReadOnlyDictionary<string, string> correctedNames, bool isolated, CancellationToken cancellationToken)
    {
        if (_filesByText.TryGetValue(read.TextHash, out var twin) && twin != read.FileName)
        {
            return (ImportOutcome.Failed, null, new ImportFailure(read.FileName, null, $"has the same content as {twin}, which is already imported; not imported twice"));
        }

        var existing = _articles.GetValueOrDefault(read.FileName);
        var outcome = existing is null ? ImportOutcome.Imported : ImportOutcome.Updated;
        if (!isolated)
        {
            return (outcome, Store(read, existing, correctedNames), null);
        }

        var transaction = _db.Database.CurrentTransaction!.GetDbTransaction();
        const string savepoint = "file";
        await transaction.SaveAsync(savepoint, cancellationToken);
        var fileStart = _undo.Count;
        try
        {
            var document = Store(read, existing, correctedNames);
            await transaction.ReleaseAsync(savepoint, cancellationToken);
            return (outcome, document, null);
        }
        catch (DbException exception)
        {
            await transaction.RollbackAsync(savepoint, CancellationToken.None);
            await transaction.ReleaseAsync(savepoint, CancellationToken.None);
            Undo(fileStart);
            return (ImportOutcome.Failed, null, new ImportFailure(read.FileName, null, $"could not be stored: {exception.Message}"));
        }
    }

    /// <summary>Forgets every change made here since the last batch was written: its transaction was rolled back.</summary>
    public void UndoBatch()
    {
        Undo(0);
        _counted.Clear();
        _recount.Clear();
    }

    /// <summary>The batch is in the database: nothing of it is left to undo.</summary>
    public void BatchCommitted() => _undo.Clear();

    private void Undo(int from)
    {
        for (var i = _undo.Count - 1; i >= from; i--)
        {
            _undo[i]();
        }

        _undo.RemoveRange(from, _undo.Count - from);
    }

    private SearchDocument Store(ReadArticle read, StoredArticle? existing, IReadOnlyDictionary<string, string> correctedNames)
    {
        var parsed = read.Parsed;
        var facts = read.Facts;
        var now = _clock.GetUtcNow().UtcDateTime;
        var eventId = EventId(facts.Event);

        int articleId;
        string slug;
        if (existing is not null)
        {
            articleId = existing.Id;
            slug = existing.Slug;
            _recount.UnionWith(Ids("SELECT PersonId FROM Appearances WHERE ArticleId = @article", ("@article", articleId)));
            foreach (var table in new[] { "Paragraphs", "Figures", "Appearances", "Statements", "Moments", "MentionedDates" })
            {
                Run($"DELETE FROM {table} WHERE ArticleId = @article", ("@article", articleId));
            }

            Run(
                "UPDATE Articles SET Date = @date, Title = @title, Standfirst = @standfirst, Dateline = @dateline, Place = @place, Credit = @credit, " +
                "Source = @source, ContentHash = @hash, TextHash = @textHash, UpdatedAtUtc = @now, EventId = @event WHERE Id = @id",
                ("@date", parsed.Date), ("@title", read.Title), ("@standfirst", parsed.Standfirst), ("@dateline", parsed.Dateline),
                ("@place", parsed.Place ?? facts.Event?.Place), ("@credit", parsed.Credit), ("@source", read.Source), ("@hash", read.ContentHash),
                ("@textHash", read.TextHash), ("@now", now), ("@event", eventId), ("@id", articleId));
            Run("UPDATE ArticleSources SET Text = @text WHERE ArticleId = @article", ("@text", read.Text), ("@article", articleId));
        }
        else
        {
            slug = UniqueSlug(_articleSlugs, read.Title);
            articleId = Insert(
                "INSERT INTO Articles (Slug, Date, Title, Standfirst, Dateline, Place, Credit, Source, SourceFile, ContentHash, TextHash, ImportedAtUtc, UpdatedAtUtc, EventId) " +
                "VALUES (@slug, @date, @title, @standfirst, @dateline, @place, @credit, @source, @file, @hash, @textHash, @now, @now, @event) RETURNING Id",
                ("@slug", slug), ("@date", parsed.Date), ("@title", read.Title), ("@standfirst", parsed.Standfirst), ("@dateline", parsed.Dateline),
                ("@place", parsed.Place ?? facts.Event?.Place), ("@credit", parsed.Credit), ("@source", read.Source), ("@file", read.FileName),
                ("@hash", read.ContentHash), ("@textHash", read.TextHash), ("@now", now), ("@event", eventId));
            Run("INSERT INTO ArticleSources (ArticleId, Text) VALUES (@article, @text)", ("@article", articleId), ("@text", read.Text));
        }

        var oldText = existing?.TextHash;
        var stored = new StoredArticle(articleId, read.FileName, slug, read.ContentHash, read.TextHash);
        Remember(_articles, read.FileName, stored);
        if (oldText is not null && _filesByText.GetValueOrDefault(oldText) == read.FileName)
        {
            Forget(_filesByText, oldText);
        }

        Remember(_filesByText, read.TextHash, read.FileName);

        var people = new Dictionary<string, StoredPerson>();
        foreach (var person in facts.People)
        {
            people[person.Key] = Person(person, correctedNames);
        }

        if (existing is null)
        {
            Count(facts, people);
        }
        else
        {
            _recount.UnionWith(people.Values.Select(p => p.Id));
        }

        var searchPeople = facts.People.ToDictionary(p => people[p.Key].Id, p => $"{people[p.Key].Name} {p.Role}");

        var personUrls = facts.People.Select(p => Reading.Links.Person(people[p.Key].Slug)).ToList();
        var speakers = facts.Statements.ToDictionary(s => s.Paragraph, s => people[s.PersonKey].Id);
        var paragraphs = new List<(int Number, string Text, int? SpeakerId)>();
        var paragraphRows = new List<object?[]>();
        var figureRows = new List<object?[]>();
        var captions = new List<string>();
        for (var position = 0; position < parsed.Elements.Count; position++)
        {
            switch (parsed.Elements[position])
            {
                case BodyParagraph paragraph:
                    var number = paragraphs.Count + 1;
                    paragraphs.Add((number, paragraph.Text, speakers.TryGetValue(number, out var speaker) ? speaker : null));
                    paragraphRows.Add([articleId, number, position, paragraph.Text, ParagraphHtml.StoredForm(paragraph.Text, ParagraphHtml.LinkPeople(read.ParagraphHtml[number - 1], personUrls))]);
                    break;
                case PhotoCaption caption:
                    captions.Add(caption.Text);
                    figureRows.Add([articleId, position, caption.Text, caption.Credit]);
                    break;
            }
        }

        InsertRows("Paragraphs (ArticleId, Number, Position, Text, Html)", paragraphRows);
        InsertRows("Figures (ArticleId, Position, Caption, Credit)", figureRows);
        InsertRows(
            "Appearances (ArticleId, PersonId, Part, Role, Roles, Country)",
            facts.People.Select(p => new object?[] { articleId, people[p.Key].Id, (int)p.Part, p.Role, JsonSerializer.Serialize(p.Roles, RolesJson), p.Country }).ToList());
        InsertRows(
            "Statements (ArticleId, PersonId, ParagraphNumber, Date)",
            facts.Statements.Select(s => new object?[] { articleId, people[s.PersonKey].Id, s.Paragraph, parsed.Date }).ToList());
        InsertRows(
            "Moments (ArticleId, Label, Text, ParagraphNumber, Position)",
            facts.Moments.Select(m => new object?[] { articleId, m.Label, m.Text, m.Paragraph, m.Position }).ToList());
        InsertRows(
            "MentionedDates (ArticleId, ParagraphNumber, Date, Precision, Text)",
            facts.MentionedDates.Select(d => new object?[] { articleId, d.Paragraph, d.Date, (int)d.Precision, d.Text }).ToList());

        if (existing is not null)
        {
            DeleteOrphans();
        }

        var indexed = read.Indexed;
        return new SearchDocument(
            articleId, existing is not null, indexed.Title, indexed.Standfirst,
            paragraphs.Select(p => (p.Number, indexed.Paragraphs[p.Number - 1], p.SpeakerId)).ToList(), indexed.Captions,
            searchPeople.ToDictionary(p => p.Key, p => SearchText.Normalize(p.Value)));
    }

    /// <summary>One person per folded name across the archive, keeping the spelling first published unless an editorial correction names them.</summary>
    private StoredPerson Person(ExtractedPerson person, IReadOnlyDictionary<string, string> correctedNames)
    {
        if (_people.TryGetValue(person.Key, out var known))
        {
            var updated = known with { Name = correctedNames.GetValueOrDefault(person.Key, known.Name), Country = known.Country ?? person.Country };
            if (updated != known)
            {
                Run("UPDATE People SET Name = @name, Country = @country WHERE Id = @id",
                    ("@name", updated.Name), ("@country", updated.Country), ("@id", known.Id));
                Remember(_people, person.Key, updated);
            }

            return updated;
        }

        var name = correctedNames.GetValueOrDefault(person.Key, person.Name);
        var slug = UniqueSlug(_personSlugs, person.Name);
        var id = Insert("INSERT INTO People (Slug, Name, Key, Country) VALUES (@slug, @name, @key, @country) RETURNING Id",
            ("@slug", slug), ("@name", name), ("@key", person.Key), ("@country", person.Country));
        var created = new StoredPerson(id, person.Key, slug, name, person.Country);
        Remember(_people, person.Key, created);
        return created;
    }

    /// <summary>Reports of the same kind of event at the same place on the same day are one event.</summary>
    private int? EventId(ExtractedEvent? extracted)
    {
        if (extracted is null)
        {
            return null;
        }

        var key = (extracted.Kind, extracted.PlaceKey, extracted.Date);
        var anniversary = extracted.Anniversary;
        if (_events.TryGetValue(key, out var known))
        {
            if (anniversary is not null && known.AnniversaryOrdinal is null)
            {
                Run(
                    "UPDATE Events SET AnniversaryOrdinal = @ordinal, AnniversaryOf = @of, AnniversaryPrecision = @precision WHERE Id = @id",
                    ("@ordinal", anniversary.Ordinal), ("@of", anniversary.Of), ("@precision", anniversary.Of is null ? null : (int)anniversary.Precision), ("@id", known.Id));
                Remember(_events, key, known with { AnniversaryOrdinal = anniversary.Ordinal });
            }

            return known.Id;
        }

        var slug = UniqueSlug(_eventSlugs, $"{extracted.Date:yyyy-MM-dd} {extracted.Kind} {extracted.Place}");
        var id = Insert(
            "INSERT INTO Events (Slug, Kind, Place, PlaceKey, Date, AnniversaryOrdinal, AnniversaryOf, AnniversaryPrecision) " +
            "VALUES (@slug, @kind, @place, @placeKey, @date, @ordinal, @of, @precision) RETURNING Id",
            ("@slug", slug), ("@kind", extracted.Kind), ("@place", extracted.Place), ("@placeKey", extracted.PlaceKey), ("@date", extracted.Date),
            ("@ordinal", anniversary?.Ordinal), ("@of", anniversary?.Of), ("@precision", anniversary?.Of is null ? null : (int)anniversary.Precision));
        Remember(_events, key, new StoredEvent(id, extracted.Kind, extracted.PlaceKey, extracted.Date, slug, anniversary?.Ordinal));
        return id;
    }

    /// <summary>A new article adds to its people's counts, kept here: counting in SQL reads every statement of a person, thousands for some.</summary>
    private void Count(ArticleFacts facts, Dictionary<string, StoredPerson> people)
    {
        var statements = facts.Statements.GroupBy(s => s.PersonKey).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var person in facts.People)
        {
            var id = people[person.Key].Id;
            var counts = _counts.GetValueOrDefault(id, PersonCounts.None);
            Remember(_counts, id, new PersonCounts(
                (Part)Math.Min((int)counts.StrongestPart, (int)person.Part), counts.ArticleCount + 1, counts.StatementCount + statements.GetValueOrDefault(person.Key)));
            _counted.Add(id);
        }
    }

    /// <summary>
    /// Brings the counts kept on the people this batch touched up to date (their strongest part,
    /// articles and statements), so that lists rank people without counting at every request.
    /// People of a replaced article are counted again in SQL, the others written from here.
    /// </summary>
    public async Task RecountPeopleAsync(CancellationToken cancellationToken)
    {
        foreach (var id in _counted.Where(id => !_recount.Contains(id) && _counts.ContainsKey(id)))
        {
            var counts = _counts[id];
            Run("UPDATE People SET StrongestPart = @part, ArticleCount = @articles, StatementCount = @statements WHERE Id = @id",
                ("@part", (int)counts.StrongestPart), ("@articles", counts.ArticleCount), ("@statements", counts.StatementCount), ("@id", id));
        }

        _counted.Clear();
        foreach (var chunk in _recount.Chunk(500))
        {
            // The ids are integers written into the text; the statement differs every time, so it is not kept prepared.
            var ids = string.Join(", ", chunk.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await using var command = _db.Database.GetDbConnection().CreateCommand();
            command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText =
                "UPDATE People SET " +
                $"StrongestPart = COALESCE((SELECT MIN(a.Part) FROM Appearances a WHERE a.PersonId = People.Id), {(int)Part.Mentioned}), " +
                "ArticleCount = (SELECT COUNT(*) FROM Appearances a WHERE a.PersonId = People.Id), " +
                "StatementCount = (SELECT COUNT(*) FROM Statements s WHERE s.PersonId = People.Id) " +
                $"WHERE Id IN ({ids}) RETURNING Id, StrongestPart, ArticleCount, StatementCount";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                _counts[reader.GetInt32(0)] = new PersonCounts((Part)reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
            }
        }

        _recount.Clear();
    }

    /// <summary>Only an update can leave a person or an event with nothing left to show.</summary>
    private void DeleteOrphans()
    {
        foreach (var id in Ids("DELETE FROM People WHERE NOT EXISTS (SELECT 1 FROM Appearances a WHERE a.PersonId = People.Id) RETURNING Id"))
        {
            var person = _people.Values.First(p => p.Id == id);
            Forget(_people, person.Key);
            _personSlugs.Remove(person.Slug);
        }

        foreach (var id in Ids("DELETE FROM Events WHERE NOT EXISTS (SELECT 1 FROM Articles a WHERE a.EventId = Events.Id) RETURNING Id"))
        {
            var evt = _events.Values.First(e => e.Id == id);
            Forget(_events, (evt.Kind, evt.PlaceKey, evt.Date));
            _eventSlugs.Remove(evt.Slug);
        }
    }

    /// <summary>The slug of the text, or with -2, -3 … when taken.</summary>
    private string UniqueSlug(HashSet<string> taken, string text)
    {
        var baseSlug = Slug.From(text);
        if (baseSlug.Length == 0)
        {
            baseSlug = "untitled";
        }

        var slug = baseSlug;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{baseSlug}-{n}";
        }

        taken.Add(slug);
        _undo.Add(() => taken.Remove(slug));
        return slug;
    }

    private void Remember<TKey, TValue>(Dictionary<TKey, TValue> cache, TKey key, TValue value)
        where TKey : notnull
    {
        var had = cache.TryGetValue(key, out var previous);
        cache[key] = value;
        _undo.Add(() =>
        {
            if (had)
            {
                cache[key] = previous!;
            }
            else
            {
                cache.Remove(key);
            }
        });
    }

    private void Forget<TKey, TValue>(Dictionary<TKey, TValue> cache, TKey key)
        where TKey : notnull
    {
        if (cache.Remove(key, out var previous))
        {
            _undo.Add(() => cache[key] = previous);
        }
    }

    /// <summary>All of an article's rows of one table in one statement: far fewer round trips than a statement per row.</summary>
    private void InsertRows(string tableAndColumns, List<object?[]> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var width = rows[0].Length;
        if (!_multiRowInserts.TryGetValue((tableAndColumns, rows.Count), out var sql))
        {
            var row = "(" + string.Join(", ", Enumerable.Repeat("?", width)) + ")";
            sql = $"INSERT INTO {tableAndColumns} VALUES " + string.Join(", ", Enumerable.Repeat(row, rows.Count));
            _multiRowInserts[(tableAndColumns, rows.Count)] = sql;
        }

        var values = new object?[rows.Count * width];
        for (var r = 0; r < rows.Count; r++)
        {
            rows[r].CopyTo(values, r * width);
        }

        _statements.ExecuteInOrder(sql, values);
    }

    private void Run(string sql, params (string Name, object? Value)[] parameters) => _statements.Execute(sql, parameters);

    private int Insert(string sql, params (string Name, object? Value)[] parameters) => checked((int)_statements.Insert(sql, parameters));

    private List<int> Ids(string sql, params (string Name, object? Value)[] parameters) =>
        _statements.Ids(sql, parameters).Select(id => checked((int)id)).ToList();

    private sealed record StoredArticle(int Id, string SourceFile, string Slug, string ContentHash, string TextHash);

    private sealed record StoredPerson(int Id, string Key, string Slug, string Name, string? Country);

    private sealed record PersonCounts(Part StrongestPart, int ArticleCount, int StatementCount)
    {
        public static readonly PersonCounts None = new(Part.Mentioned, 0, 0);
    }

    private sealed record StoredEvent(int Id, string Kind, string PlaceKey, DateOnly Date, string Slug, int? AnniversaryOrdinal);
}
