using System.Data.Common;
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
/// Decides what the import stores of each read article (its slug, its people and event, their
/// counts) and hands the rows to the engine's writer, inside the importer's batch transaction. It
/// keeps what it must look up for every file in memory, loaded once, which is safe because only one
/// import writes at a time; every change to that memory can be undone, for one file or for the whole
/// batch. What grows with the archive is kept small: the stored files as ids and digests, the texts
/// as digests, slugs and events as 64-bit hashes that say where the database must be asked (see
/// <see cref="SlugSet"/>); only people, far fewer than reports, are kept whole.
/// </summary>
internal sealed class ArticleStore
{
    private readonly ArchiveDbContext _db;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, StoredFile> _files;
    private readonly Dictionary<Sha256Digest, int> _articlesByText;
    private readonly ArticleSlugs _articleSlugs;
    private readonly Dictionary<string, StoredPerson> _people;
    private readonly SlugSet _personSlugs;
    private readonly HashSet<ulong> _eventKeys = [];
    private readonly SlugSet _eventSlugs;
    private readonly IArticleRows _rows;
    private readonly UndoLog _undo = new();
    private readonly HashSet<int> _recount = [];
    private readonly Dictionary<int, PersonCounts> _counts;
    private readonly HashSet<int> _counted = [];
    private readonly List<(int ArticleId, Task<byte[]> Block)> _bodies = [];

    private ArticleStore(ArchiveDbContext db, IArticleRows rows, TimeProvider clock, Dictionary<string, int> formerSlugs)
    {
        _db = db;
        _rows = rows;
        _clock = clock;
        _files = new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        _articlesByText = [];
        var articleSlugs = new SlugSet(slug => Has<Article>(nameof(Article.Slug), slug) || Has<FormerSlug>(nameof(FormerSlug.Slug), slug), _undo);
        foreach (var former in formerSlugs.Keys)
        {
            articleSlugs.Add(former);
        }

        _articleSlugs = new ArticleSlugs(articleSlugs, formerSlugs, _undo);
        _people = new Dictionary<string, StoredPerson>(StringComparer.Ordinal);
        _counts = [];
        _personSlugs = new SlugSet(slug => Has<Model.Person>(nameof(Model.Person.Slug), slug), _undo);
        _eventSlugs = new SlugSet(slug => Has<Event>(nameof(Event.Slug), slug), _undo);
    }

    /// <summary>
    /// The content hash of a file stored before this import, by its name: what needs no reading again.
    /// Read by the reading threads while the writer writes, so never changed once open: a file is met
    /// once in an import, and one written by it is not looked up again.
    /// </summary>
    public Sha256Digest? StoredHash(string fileName) => _files.TryGetValue(fileName, out var file) ? file.ContentHash : null;

    /// <summary>How many files the archive held when the import began.</summary>
    public int StoredFiles => _files.Count;

    /// <summary>
    /// Room for the articles of this many new files in the maps kept by article, made once: grown by
    /// doubling, each held its old and its new table at once, large objects the GC keeps until a full
    /// collection (at 72,000 reports, 12 MiB more at once, the import's peak).
    /// </summary>
    public void MakeRoomFor(int newFiles)
    {
        _articlesByText.EnsureCapacity(_articlesByText.Count + newFiles);
        _articleSlugs.Taken.MakeRoomFor(newFiles);
    }

    /// <summary>The clock is the importer's, so that an article's import times and the bound on its date come from one source.</summary>
    public static async Task<ArticleStore> OpenAsync(ArchiveDbContext db, IArticleRows rows, TimeProvider clock, CancellationToken cancellationToken)
    {
        var formerSlugs = await db.FormerSlugs.ToDictionaryAsync(f => f.Slug, f => f.ArticleId, StringComparer.Ordinal, cancellationToken);
        var store = new ArticleStore(db, rows, clock, formerSlugs);
        await foreach (var a in db.Articles.AsNoTracking().Select(a => new { a.Id, a.SourceFile, a.Slug, a.ContentHash, a.TextHash }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            store._files[a.SourceFile] = new StoredFile(a.Id, Sha256Digest.Of(a.ContentHash));
            store._articleSlugs.Taken.Add(a.Slug);
            var textHash = Sha256Digest.Of(a.TextHash);
            if (textHash != default)
            {
                store._articlesByText.TryAdd(textHash, a.Id);
            }
        }

        await foreach (var p in db.People.AsNoTracking()
            .Select(p => new { Person = new StoredPerson(p.Id, p.Key, p.Slug, p.Name, p.Country), Counts = new PersonCounts(p.StrongestPart, p.ArticleCount, p.StatementCount) })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            store._people[p.Person.Key] = p.Person;
            store._personSlugs.Add(p.Person.Slug);
            store._counts[p.Person.Id] = p.Counts;
        }

        await foreach (var e in db.Events.AsNoTracking().Select(e => new { e.Kind, e.PlaceKey, e.Date, e.Slug }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            store._eventKeys.Add(FoldedHash.Of(e.Kind, e.PlaceKey, e.Date));
            store._eventSlugs.Add(e.Slug);
        }

        return store;
    }

    /// <summary>
    /// Stores one article. In its own savepoint when <paramref name="isolated"/>: on failure the file's
    /// changes, in the database and here, are undone and the failure returned. Otherwise a failure is
    /// thrown, leaving the batch's transaction for the caller to roll back and <see cref="UndoBatch"/>.
    /// </summary>
    public async Task<(ImportOutcome Outcome, IndexedArticle? Document, ImportFailure? Failure)> WriteAsync(
        ReadArticle read, IReadOnlyDictionary<string, string> correctedNames, bool isolated, CancellationToken cancellationToken)
    {
        StoredFile? existing = _files.TryGetValue(read.FileName, out var file) ? file : null;
        if (_articlesByText.TryGetValue(Sha256Digest.Of(read.TextHash), out var twin) && twin != existing?.Id)
        {
            var twinFile = (string)Lookup<Article>([nameof(Article.SourceFile)], (nameof(Article.Id), twin))![0]!;
            return (ImportOutcome.Failed, null, new ImportFailure(read.FileName, null, $"has the same content as {twinFile}, which is already imported; not imported twice"));
        }

        var outcome = existing is null ? ImportOutcome.Imported : ImportOutcome.Updated;
        if (!isolated)
        {
            return (outcome, Store(read, existing, correctedNames, compressMeanwhile: true), null);
        }

        var transaction = _db.Database.CurrentTransaction!.GetDbTransaction();
        const string savepoint = "file";
        await transaction.SaveAsync(savepoint, cancellationToken);
        var fileStart = _undo.Mark;
        try
        {
            var document = Store(read, existing, correctedNames, compressMeanwhile: false);
            await transaction.ReleaseAsync(savepoint, cancellationToken);
            return (outcome, document, null);
        }
        catch (DbException exception)
        {
            await transaction.RollbackAsync(savepoint, CancellationToken.None);
            await transaction.ReleaseAsync(savepoint, CancellationToken.None);
            _undo.UndoTo(fileStart);
            return (ImportOutcome.Failed, null, new ImportFailure(read.FileName, null, $"could not be stored: {exception.Message}"));
        }
    }

    /// <summary>Forgets every change made here since the last batch was written: its transaction was rolled back.</summary>
    public void UndoBatch()
    {
        _bodies.Clear();
        _undo.UndoTo(0);
        _counted.Clear();
        _recount.Clear();
    }

    /// <summary>The batch is in the database: nothing of it is left to undo.</summary>
    public void BatchCommitted() => _undo.Clear();

    /// <summary>
    /// Writes the bodies of the batch's articles, compressed meanwhile on other cores: compressing
    /// them was a third of the one writer's time, and the writer sets the import's pace.
    /// </summary>
    public async Task WriteBodiesAsync()
    {
        var bodies = new List<ArticleBody>(_bodies.Count);
        foreach (var (articleId, block) in _bodies)
        {
            bodies.Add(new ArticleBody { ArticleId = articleId, Paragraphs = await block });
        }

        _bodies.Clear();
        _rows.AddRows(bodies);
    }

    /// <summary>
    /// Stores the article's rows; its body, when <paramref name="compressMeanwhile"/>, is compressed on
    /// another core and written by <see cref="WriteBodiesAsync"/> before the batch commits.
    /// </summary>
    private IndexedArticle Store(ReadArticle read, StoredFile? existing, IReadOnlyDictionary<string, string> correctedNames, bool compressMeanwhile)
    {
        var parsed = read.Parsed;
        var facts = read.Facts;
        var now = _clock.GetUtcNow().UtcDateTime;
        var eventId = EventId(facts.Event);

        var article = new Article
        {
            Date = parsed.Date,
            Title = read.Title,
            Standfirst = parsed.Standfirst,
            Dateline = parsed.Datelines.Count > 0 ? string.Join('\n', parsed.Datelines) : null,
            Byline = parsed.Byline,
            SourceLine = parsed.SourceLine,
            Place = parsed.Place ?? facts.Event?.Place,
            Credit = parsed.Credit,
            Source = read.Source,
            SourceFile = read.FileName,
            ContentHash = read.ContentHash,
            TextHash = read.TextHash,
            ImportedAtUtc = now,
            UpdatedAtUtc = now,
            EventId = eventId,
        };
        int articleId;
        Sha256Digest? oldText = null;
        if (existing is { } stored)
        {
            // An update is rare: what it needs of the stored article is read from the database rather than kept for every file.
            var before = Lookup<Article>([nameof(Article.Slug), nameof(Article.TextHash)], (nameof(Article.Id), stored.Id))!;
            var (oldSlug, oldTextHash) = ((string)before[0]!, (byte[])before[1]!);
            oldText = Sha256Digest.Of(oldTextHash);
            article.Id = articleId = stored.Id;
            article.Slug = _articleSlugs.AfterReimport(stored.Id, oldSlug, read.Title);
            if (article.Slug != oldSlug)
            {
                _rows.MoveSlug(stored.Id, oldSlug, article.Slug);
            }

            _recount.UnionWith(_rows.ReplaceArticle(article));
        }
        else
        {
            article.Slug = _articleSlugs.ForNew(read.Title);
            articleId = _rows.AddArticle(article);
        }

        var textHash = Sha256Digest.Of(read.TextHash);
        if (oldText is { } old && _articlesByText.TryGetValue(old, out var oldOwner) && oldOwner == articleId)
        {
            _undo.Remove(_articlesByText, old);
        }

        _undo.Set(_articlesByText, textHash, articleId);

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

        var personUrls = facts.People.Select(p => Links.Person(people[p.Key].Slug)).ToList();
        var speakers = facts.Statements.ToLookup(s => s.Paragraph, s => people[s.PersonKey].Id);
        var paragraphs = new List<(int Number, string Text, IReadOnlyList<int> Speakers)>();
        var paragraphRows = new List<Paragraph>();
        var figures = new List<Figure>();
        var captions = new List<string>();
        for (var position = 0; position < parsed.Elements.Count; position++)
        {
            switch (parsed.Elements[position])
            {
                case BodyParagraph paragraph:
                    var number = paragraphs.Count + 1;
                    paragraphs.Add((number, paragraph.Text, speakers.Contains(number) ? [.. speakers[number]] : []));
                    paragraphRows.Add(new Paragraph
                    {
                        Number = number, Position = position, Text = paragraph.Text, Html = read.ParagraphHtml[number - 1].Stored(personUrls),
                    });
                    break;
                case PhotoCaption caption:
                    captions.Add(caption.Text);
                    figures.Add(new Figure { Position = position, Caption = caption.Text, Credit = caption.Credit });
                    break;
            }
        }

        byte[] Body() => StoredParagraphs.Pack(paragraphRows, StoredOriginal.Cut(read.Text, parsed.Paragraphs.Select(p => p.Text).ToList()), figures);
        if (compressMeanwhile)
        {
            _bodies.Add((articleId, Task.Run(Body)));
        }
        else
        {
            _rows.AddRows([new ArticleBody { ArticleId = articleId, Paragraphs = Body() }]);
        }

        _rows.AddRows(facts.People.Select(p => new Appearance
        {
            ArticleId = articleId, PersonId = people[p.Key].Id, Part = p.Part, Role = Appearance.Stored(p.Role, p.Roles), Roles = [.. p.Roles], Country = p.Country,
        }).ToList());
        _rows.AddRows(facts.Statements.Select(s => new Statement { ArticleId = articleId, PersonId = people[s.PersonKey].Id, ParagraphNumber = s.Paragraph, Date = parsed.Date }).ToList());
        _rows.AddRows(facts.Moments.Select(m => Moment.Stored(articleId, m.Label, m.Text, m.Paragraph, m.Position, m.Paragraph is { } n && n <= paragraphRows.Count ? paragraphRows[n - 1].Text : null)).ToList());
        _rows.AddRows(facts.MentionedDates.Select(d =>
        {
            var date = new MentionedDate { ArticleId = articleId, ParagraphNumber = d.Paragraph, Date = d.Date, Precision = d.Precision };
            date.StoreText(d.Text, d.Paragraph >= 1 && d.Paragraph <= paragraphRows.Count ? paragraphRows[d.Paragraph - 1].Text : null);
            return date;
        }).ToList());

        if (existing is not null)
        {
            DeleteOrphans();
        }

        var indexed = read.Indexed;
        return new IndexedArticle(
            articleId, existing is not null, indexed.Title, indexed.Standfirst,
            paragraphs.Select(p => (p.Number, indexed.Paragraphs[p.Number - 1], p.Speakers)).ToList(), indexed.Captions,
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
                _rows.RenamePerson(new Person { Id = known.Id, Name = updated.Name, Country = updated.Country });
                _undo.Set(_people, person.Key, updated);
            }

            return updated;
        }

        var name = correctedNames.GetValueOrDefault(person.Key, person.Name);
        var slug = _personSlugs.Unique(person.Name);
        var id = _rows.AddPerson(new Person { Slug = slug, Name = name, Key = person.Key, Country = person.Country });
        var created = new StoredPerson(id, person.Key, slug, name, person.Country);
        _undo.Set(_people, person.Key, created);
        return created;
    }

    /// <summary>Reports of the same kind of event at the same place on the same day are one event.</summary>
    private int? EventId(ExtractedEvent? extracted)
    {
        if (extracted is null)
        {
            return null;
        }

        var (kind, placeKey, date) = (extracted.Kind, extracted.PlaceKey, extracted.Date);
        var anniversary = extracted.Anniversary;
        // Most events are reported once: the database is asked only when the key's hash was seen before.
        var keyHash = FoldedHash.Of(kind, placeKey, date);
        var known = _eventKeys.Contains(keyHash)
            ? Lookup<Event>([nameof(Event.Id), nameof(Event.AnniversaryOrdinal)], (nameof(Event.Kind), kind), (nameof(Event.PlaceKey), placeKey), (nameof(Event.Date), date))
            : null;
        if (known is not null)
        {
            var knownId = Convert.ToInt32(known[0], System.Globalization.CultureInfo.InvariantCulture);
            if (anniversary is not null && known[1] is null)
            {
                _rows.WriteAnniversary(new Event
                {
                    Id = knownId, AnniversaryOrdinal = anniversary.Ordinal, AnniversaryOf = anniversary.Of, AnniversaryPrecision = anniversary.Of is null ? null : anniversary.Precision,
                });
            }

            return knownId;
        }

        var slug = _eventSlugs.Unique($"{extracted.Date:yyyy-MM-dd} {extracted.Kind} {extracted.Place}");
        var id = _rows.AddEvent(new Event
        {
            Slug = slug, Kind = extracted.Kind, Place = extracted.Place, PlaceKey = extracted.PlaceKey, Date = extracted.Date,
            AnniversaryOrdinal = anniversary?.Ordinal, AnniversaryOf = anniversary?.Of, AnniversaryPrecision = anniversary?.Of is null ? null : anniversary.Precision,
        });
        _eventKeys.Add(keyHash);
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
            _undo.Set(_counts, id, new PersonCounts(
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
            _rows.WriteCounts(new Person { Id = id, StrongestPart = counts.StrongestPart, ArticleCount = counts.ArticleCount, StatementCount = counts.StatementCount });
        }

        _counted.Clear();
        foreach (var person in await _rows.RecountAsync(_recount, cancellationToken))
        {
            _counts[person.Id] = new PersonCounts(person.StrongestPart, person.ArticleCount, person.StatementCount);
        }

        _recount.Clear();
    }

    /// <summary>Only an update can leave a person or an event with nothing left to show.</summary>
    private void DeleteOrphans()
    {
        var (orphanPeople, orphanEvents) = _rows.DeleteOrphans();
        // Their slugs and event keys need no forgetting: asked, the database says they are free.
        foreach (var id in orphanPeople)
        {
            var person = _people.Values.First(p => p.Id == id);
            _undo.Remove(_people, person.Key);
            _personSlugs.Freed();
        }

        if (orphanEvents.Count > 0)
        {
            _eventSlugs.Freed();
        }
    }

    private bool Has<TEntity>(string property, string value) => Lookup<TEntity>([property], (property, value)) is not null;

    /// <summary>
    /// The columns of the first row of the table whose columns equal these values, or null; inside the
    /// import's transaction, so rows it wrote are seen. A plain command, on either engine: EF Core's
    /// queries may be retried, which a transaction forbids. Only for what is rarely asked.
    /// </summary>
    private object?[]? Lookup<TEntity>(string[] columns, params (string Property, object Value)[] where)
    {
        var entity = _db.Model.FindEntityType(typeof(TEntity))!;
        string Column(string property) => $"\"{entity.FindProperty(property)!.GetColumnName()}\"";
        using var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(Column))} FROM \"{entity.GetTableName()}\" WHERE "
            + string.Join(" AND ", where.Select((w, i) => $"{Column(w.Property)} = @p{i}")) + " LIMIT 1";
        for (var i = 0; i < where.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = where[i].Value;
            command.Parameters.Add(parameter);
        }

        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var row = new object?[columns.Length];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        }

        return row;
    }

    /// <summary>A file stored before the import: its article and the digest of its bytes and editorial data.</summary>
    private readonly record struct StoredFile(int Id, Sha256Digest ContentHash);

    private sealed record StoredPerson(int Id, string Key, string Slug, string Name, string? Country);

    private sealed record PersonCounts(Part StrongestPart, int ArticleCount, int StatementCount)
    {
        public static readonly PersonCounts None = new(Part.Mentioned, 0, 0);
    }
}
