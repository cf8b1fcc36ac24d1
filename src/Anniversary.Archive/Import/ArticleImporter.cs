using System.Security.Cryptography;
using System.Text;
using Anniversary.Archive.Data;
using Anniversary.Archive.Extraction;
using Anniversary.Archive.Model;
using Anniversary.Archive.Search;
using Anniversary.Archive.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Anniversary.Archive.Import;

/// <summary>
/// Imports a folder of seed files: one transaction per file, keyed by file name, change detected
/// by content hash. A bad file is reported and leaves the database as it was; the others import.
/// </summary>
/// <summary>The editorial files beside the seeds: metadata (headlines, sources) and corrections.</summary>
public sealed record Editorial(EditorialMetadata Metadata, EditorialOverrides Overrides)
{
    public static readonly Editorial None = new(EditorialMetadata.None, EditorialOverrides.None);
}

public sealed class ArticleImporter(ArchiveDbContext db, ISearchIndex searchIndex, ILogger<ArticleImporter> logger, ImportOptions? options = null)
{
    /// <summary>Part of every content hash, so that a change in how files are read re-imports them.</summary>
    public const string ImportFormatVersion = "3";

    private readonly ImportOptions _options = options ?? new ImportOptions();
    private readonly List<SearchDocument> _pendingIndex = [];

    /// <summary>
    /// Imports every <c>*.txt</c> of the folder in batches: one transaction per batch, a savepoint per
    /// file, so a bad file rolls back alone and a killed import leaves whole files only.
    /// </summary>
    public async Task<ImportSummary> ImportFolderAsync(
        string folder, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            var failure = new ImportFailure(folder, null, "folder does not exist");
            logger.LogError("Import failed: {Failure}", failure.ToString());
            return new ImportSummary(0, 0, 0, [failure]);
        }

        var (metadata, metadataError) = EditorialMetadata.Load(folder);
        var (overrides, overridesError) = EditorialOverrides.Load(folder);
        var failures = new List<ImportFailure>();
        if (metadataError is not null)
        {
            failures.Add(new ImportFailure(EditorialMetadata.FileName, metadataError.Line, metadataError.Reason));
        }

        if (overridesError is not null)
        {
            failures.Add(new ImportFailure(EditorialOverrides.FileName, overridesError.Line, overridesError.Reason));
        }

        var editorial = new Editorial(metadata, overrides);

        var files = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            failures.Add(new ImportFailure(folder, null, "folder has no .txt files"));
        }

        int imported = 0, updated = 0, unchanged = 0, done = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var batch in files.Chunk(_options.BatchSize))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var path in batch)
            {
                var (outcome, failure) = await ImportFileAsync(path, editorial, cancellationToken);
                switch (outcome)
                {
                    case ImportOutcome.Imported: imported++; break;
                    case ImportOutcome.Updated: updated++; break;
                    case ImportOutcome.Unchanged: unchanged++; break;
                    default: failures.Add(failure!); break;
                }
            }

            foreach (var document in _pendingIndex)
            {
                await searchIndex.ReplaceArticleAsync(db, document, cancellationToken);
            }

            _pendingIndex.Clear();
            await transaction.CommitAsync(cancellationToken);
            done += batch.Length;
            progress?.Report(new ImportProgress(done, files.Count, clock.Elapsed));
        }

        var summary = new ImportSummary(imported, updated, unchanged, failures);
        logger.LogInformation("Import of {Folder} finished: {Summary}", folder, summary.ToString());
        return summary;
    }

    public async Task<(ImportOutcome Outcome, ImportFailure? Failure)> ImportFileAsync(
        string path, Editorial? editorial = null, CancellationToken cancellationToken = default)
    {
        var fileName = Path.GetFileName(path);
        var result = await ReadAndImportAsync(path, fileName, editorial ?? Editorial.None, cancellationToken);
        if (result.Failure is { } failure)
        {
            logger.LogError("Import failed: {Failure}", failure.ToString());
        }
        else
        {
            logger.LogDebug("{File}: {Outcome}", fileName, result.Outcome);
        }

        return result;
    }

    private async Task<(ImportOutcome Outcome, ImportFailure? Failure)> ReadAndImportAsync(
        string path, string fileName, Editorial editorial, CancellationToken cancellationToken)
    {
        var metadata = editorial.Metadata.For(fileName);
        ImportFailure Fail(int? line, string reason) => new(fileName, line, reason);

        var size = new FileInfo(path).Length;
        if (size > _options.MaxFileBytes)
        {
            return (ImportOutcome.Failed, Fail(null, $"file is {size} bytes, over the limit of {_options.MaxFileBytes}"));
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var hash = ContentHash(bytes, metadata, editorial.Overrides.FingerprintFor(fileName));
        var existing = await db.Articles.AsTracking().SingleOrDefaultAsync(a => a.SourceFile == fileName, cancellationToken);
        if (existing?.ContentHash == hash)
        {
            return (ImportOutcome.Unchanged, null);
        }

        var (text, decodeError) = SeedText.Decode(bytes);
        if (decodeError is not null)
        {
            return (ImportOutcome.Failed, Fail(decodeError.Line, decodeError.Reason));
        }

        var parsed = SeedParser.Parse(text!);
        if (parsed.Error is { } parseError)
        {
            return (ImportOutcome.Failed, Fail(parseError.Line, parseError.Reason));
        }

        var facts = editorial.Overrides.Apply(fileName, ArticleExtractor.Extract(parsed.Article!), Lexicon.Default);

        // Inside a batch a savepoint isolates this file; alone, the file gets its own transaction.
        var outer = db.Database.CurrentTransaction;
        var transaction = outer ?? await db.Database.BeginTransactionAsync(cancellationToken);
        const string savepoint = "file";
        if (outer is not null)
        {
            await outer.CreateSavepointAsync(savepoint, cancellationToken);
        }

        try
        {
            var article = existing ?? new Article { SourceFile = fileName, ImportedAtUtc = DateTime.UtcNow };
            if (existing is not null)
            {
                await DeleteFactsAsync(existing.Id, cancellationToken);
            }

            var title = string.IsNullOrWhiteSpace(metadata?.Headline) ? parsed.Article!.Headline : metadata.Headline.Trim();
            if (existing is null)
            {
                article.Slug = await UniqueSlugAsync(db.Articles.Select(a => a.Slug), [], title, cancellationToken);
                db.Articles.Add(article);
            }

            var people = await ResolvePeopleAsync(facts.People, editorial.Overrides.DisplayNames, cancellationToken);
            article.Event = await ResolveEventAsync(facts.Event, cancellationToken);
            Fill(article, parsed.Article!, facts, people, title, metadata?.Source, text!, hash);

            await db.SaveChangesAsync(cancellationToken);
            // FTS5 flushes its pending terms at every savepoint, so a batch indexes its articles once, at its end.
            if (outer is null)
            {
                await searchIndex.ReplaceArticleAsync(db, SearchDocumentOf(article), cancellationToken);
            }
            else
            {
                _pendingIndex.Add(SearchDocumentOf(article));
            }

            if (existing is not null)
            {
                // Only an update can leave a person or an event with nothing left to show.
                await db.People.Where(p => !p.Appearances.Any()).ExecuteDeleteAsync(cancellationToken);
                await db.Events.Where(e => !e.Articles.Any()).ExecuteDeleteAsync(cancellationToken);
            }

            if (outer is null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await outer.ReleaseSavepointAsync(savepoint, cancellationToken);
            }

            return (existing is null ? ImportOutcome.Imported : ImportOutcome.Updated, null);
        }
        catch (Exception exception) when (exception is DbUpdateException or System.Data.Common.DbException)
        {
            if (outer is null)
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
            else
            {
                await outer.RollbackToSavepointAsync(savepoint, CancellationToken.None);
                await outer.ReleaseSavepointAsync(savepoint, CancellationToken.None);
            }

            return (ImportOutcome.Failed, Fail(null, $"could not be stored: {exception.InnerException?.Message ?? exception.Message}"));
        }
        finally
        {
            db.ChangeTracker.Clear();
            if (outer is null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    private static SearchDocument SearchDocumentOf(Article article)
    {
        var speakers = article.Statements.ToDictionary(s => s.ParagraphNumber, s => s.Person!.Id);
        return new SearchDocument(
            article.Id,
            article.Title,
            article.Standfirst,
            article.Paragraphs.OrderBy(p => p.Number).Select(p => (p.Number, p.Text, speakers.TryGetValue(p.Number, out var id) ? id : (int?)null)).ToList(),
            article.Figures.OrderBy(f => f.Position).Select(f => f.Caption).ToList(),
            article.Appearances.ToDictionary(a => a.Person!.Id, a => $"{a.Person!.Name} {a.Role}"));
    }

    private async Task DeleteFactsAsync(int articleId, CancellationToken cancellationToken)
    {
        await db.Paragraphs.Where(p => p.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.Figures.Where(f => f.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.Appearances.Where(a => a.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.Statements.Where(s => s.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.Moments.Where(m => m.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.MentionedDates.Where(d => d.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
    }

    private static void Fill(
        Article article, ParsedArticle parsed, ArticleFacts facts, Dictionary<string, Person> people,
        string title, string? source, string text, string hash)
    {
        article.Date = parsed.Date;
        article.Title = title;
        article.Standfirst = parsed.Standfirst;
        article.Dateline = parsed.Dateline;
        article.Place = parsed.Place ?? facts.Event?.Place;
        article.Credit = parsed.Credit;
        article.Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
        article.SourceText = text.TrimStart('\uFEFF');
        article.ContentHash = hash;
        article.UpdatedAtUtc = DateTime.UtcNow;
        article.Paragraphs = [];
        article.Figures = [];

        var links = facts.Mentions.ToLookup(m => m.Position, m => (m.Start, m.Length, $"/people/{people[m.PersonKey].Slug}"));
        var number = 0;
        for (var position = 0; position < parsed.Elements.Count; position++)
        {
            switch (parsed.Elements[position])
            {
                case BodyParagraph paragraph:
                    number++;
                    article.Paragraphs.Add(new Paragraph
                    {
                        Number = number,
                        Position = position,
                        Text = paragraph.Text,
                        Html = ParagraphHtml.Render(paragraph.Text, links[position]),
                    });
                    break;
                case PhotoCaption caption:
                    article.Figures.Add(new Figure { Position = position, Caption = caption.Text, Credit = caption.Credit });
                    break;
            }
        }

        foreach (var person in facts.People)
        {
            article.Appearances.Add(new Appearance
            {
                Person = people[person.Key],
                Part = person.Part,
                Role = person.Role,
                Roles = [.. person.Roles],
                Country = person.Country,
            });
        }

        foreach (var statement in facts.Statements)
        {
            article.Statements.Add(new Statement { Person = people[statement.PersonKey], ParagraphNumber = statement.Paragraph });
        }

        foreach (var moment in facts.Moments)
        {
            article.Moments.Add(new Moment { Label = moment.Label, Text = moment.Text, ParagraphNumber = moment.Paragraph, Position = moment.Position });
        }

        foreach (var date in facts.MentionedDates)
        {
            article.MentionedDates.Add(new MentionedDate { ParagraphNumber = date.Paragraph, Date = date.Date, Precision = date.Precision, Text = date.Text });
        }
    }

    /// <summary>One person per folded name across the archive; new people get a slug of their own.</summary>
    private async Task<Dictionary<string, Person>> ResolvePeopleAsync(
        IReadOnlyList<ExtractedPerson> extracted, IReadOnlyDictionary<string, string> correctedNames, CancellationToken cancellationToken)
    {
        var keys = extracted.Select(p => p.Key).ToList();
        var people = await db.People.AsTracking().Where(p => keys.Contains(p.Key)).ToDictionaryAsync(p => p.Key, cancellationToken);
        foreach (var person in extracted)
        {
            if (people.TryGetValue(person.Key, out var known))
            {
                // A person keeps the spelling first published unless an editorial correction names them.
                known.Country ??= person.Country;
                known.Name = correctedNames.GetValueOrDefault(person.Key, known.Name);
                continue;
            }

            var slug = await UniqueSlugAsync(db.People.Select(p => p.Slug), db.People.Local.Select(p => p.Slug), person.Name, cancellationToken);
            var created = new Person { Name = person.Name, Key = person.Key, Slug = slug, Country = person.Country };
            db.People.Add(created);
            people[person.Key] = created;
        }

        return people;
    }

    /// <summary>Reports of the same kind of event at the same place on the same day are one event.</summary>
    private async Task<Event?> ResolveEventAsync(ExtractedEvent? extracted, CancellationToken cancellationToken)
    {
        if (extracted is null)
        {
            return null;
        }

        var evt = await db.Events.AsTracking().SingleOrDefaultAsync(
            e => e.Kind == extracted.Kind && e.PlaceKey == extracted.PlaceKey && e.Date == extracted.Date, cancellationToken);
        if (evt is null)
        {
            evt = new Event
            {
                Kind = extracted.Kind,
                Place = extracted.Place,
                PlaceKey = extracted.PlaceKey,
                Date = extracted.Date,
                Slug = Slug.From($"{extracted.Date:yyyy-MM-dd} {extracted.Kind} {extracted.Place}"),
            };
            db.Events.Add(evt);
        }

        if (extracted.Anniversary is { } anniversary && evt.AnniversaryOrdinal is null)
        {
            evt.AnniversaryOrdinal = anniversary.Ordinal;
            evt.AnniversaryOf = anniversary.Of;
            evt.AnniversaryPrecision = anniversary.Of is null ? null : anniversary.Precision;
        }

        return evt;
    }

    /// <summary>The slug of the text, or with -2, -3 … when taken; exact lookups only, so it stays fast at any size.</summary>
    private static async Task<string> UniqueSlugAsync(
        IQueryable<string> stored, IEnumerable<string> pending, string text, CancellationToken cancellationToken)
    {
        var baseSlug = Slug.From(text);
        if (baseSlug.Length == 0)
        {
            baseSlug = "untitled";
        }

        var taken = pending.ToHashSet();
        var slug = baseSlug;
        for (var n = 2; taken.Contains(slug) || await stored.AnyAsync(s => s == slug, cancellationToken); n++)
        {
            slug = $"{baseSlug}-{n}";
        }

        return slug;
    }

    private static string ContentHash(byte[] bytes, ArticleMetadata? metadata, string overrides)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bytes);
        hash.AppendData(Encoding.UTF8.GetBytes($"\0{ImportFormatVersion}\0{metadata?.Headline}\0{metadata?.Source}\0{overrides}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
