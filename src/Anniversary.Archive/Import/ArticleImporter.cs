using System.Security.Cryptography;
using System.Text;
using Anniversary.Archive.Data;
using Anniversary.Archive.Model;
using Anniversary.Archive.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Anniversary.Archive.Import;

/// <summary>
/// Imports a folder of seed files: one transaction per file, keyed by file name, change detected
/// by content hash. A bad file is reported and leaves the database as it was; the others import.
/// </summary>
public sealed class ArticleImporter(ArchiveDbContext db, ILogger<ArticleImporter> logger, ImportOptions? options = null)
{
    /// <summary>Part of every content hash, so that a change in how files are read re-imports them.</summary>
    public const string ImportFormatVersion = "1";

    private readonly ImportOptions _options = options ?? new ImportOptions();

    public async Task<ImportSummary> ImportFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            var failure = new ImportFailure(folder, null, "folder does not exist");
            logger.LogError("Import failed: {Failure}", failure.ToString());
            return new ImportSummary(0, 0, 0, [failure]);
        }

        var (metadata, metadataError) = EditorialMetadata.Load(folder);
        var failures = new List<ImportFailure>();
        if (metadataError is not null)
        {
            failures.Add(new ImportFailure(EditorialMetadata.FileName, metadataError.Line, metadataError.Reason));
        }

        var files = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            failures.Add(new ImportFailure(folder, null, "folder has no .txt files"));
        }

        int imported = 0, updated = 0, unchanged = 0;
        foreach (var path in files)
        {
            var (outcome, failure) = await ImportFileAsync(path, metadata.For(Path.GetFileName(path)), cancellationToken);
            switch (outcome)
            {
                case ImportOutcome.Imported: imported++; break;
                case ImportOutcome.Updated: updated++; break;
                case ImportOutcome.Unchanged: unchanged++; break;
                default: failures.Add(failure!); break;
            }
        }

        var summary = new ImportSummary(imported, updated, unchanged, failures);
        logger.LogInformation("Import of {Folder} finished: {Summary}", folder, summary.ToString());
        return summary;
    }

    public async Task<(ImportOutcome Outcome, ImportFailure? Failure)> ImportFileAsync(
        string path, ArticleMetadata? metadata, CancellationToken cancellationToken = default)
    {
        var fileName = Path.GetFileName(path);
        var result = await ReadAndImportAsync(path, fileName, metadata, cancellationToken);
        if (result.Failure is { } failure)
        {
            logger.LogError("Import failed: {Failure}", failure.ToString());
        }
        else
        {
            logger.LogInformation("{File}: {Outcome}", fileName, result.Outcome);
        }

        return result;
    }

    private async Task<(ImportOutcome Outcome, ImportFailure? Failure)> ReadAndImportAsync(
        string path, string fileName, ArticleMetadata? metadata, CancellationToken cancellationToken)
    {
        ImportFailure Fail(int? line, string reason) => new(fileName, line, reason);

        var size = new FileInfo(path).Length;
        if (size > _options.MaxFileBytes)
        {
            return (ImportOutcome.Failed, Fail(null, $"file is {size} bytes, over the limit of {_options.MaxFileBytes}"));
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var hash = ContentHash(bytes, metadata);
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

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var article = existing ?? new Article { SourceFile = fileName, ImportedAtUtc = DateTime.UtcNow };
            if (existing is not null)
            {
                await db.Paragraphs.Where(p => p.ArticleId == existing.Id).ExecuteDeleteAsync(cancellationToken);
                await db.Figures.Where(f => f.ArticleId == existing.Id).ExecuteDeleteAsync(cancellationToken);
            }

            var title = string.IsNullOrWhiteSpace(metadata?.Headline) ? parsed.Article!.Headline : metadata.Headline.Trim();
            Fill(article, parsed.Article!, title, metadata?.Source, text!, hash);
            if (existing is null)
            {
                article.Slug = await UniqueSlugAsync(title, cancellationToken);
                db.Articles.Add(article);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (existing is null ? ImportOutcome.Imported : ImportOutcome.Updated, null);
        }
        catch (DbUpdateException exception)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return (ImportOutcome.Failed, Fail(null, $"could not be stored: {exception.InnerException?.Message ?? exception.Message}"));
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static void Fill(Article article, ParsedArticle parsed, string title, string? source, string text, string hash)
    {
        article.Date = parsed.Date;
        article.Title = title;
        article.Standfirst = parsed.Standfirst;
        article.Dateline = parsed.Dateline;
        article.Place = parsed.Place;
        article.Credit = parsed.Credit;
        article.Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
        article.SourceText = text.TrimStart('\uFEFF');
        article.ContentHash = hash;
        article.UpdatedAtUtc = DateTime.UtcNow;
        article.Paragraphs = [];
        article.Figures = [];

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
                        Html = ParagraphHtml.Render(paragraph.Text),
                    });
                    break;
                case PhotoCaption caption:
                    article.Figures.Add(new Figure { Position = position, Caption = caption.Text, Credit = caption.Credit });
                    break;
            }
        }
    }

    private async Task<string> UniqueSlugAsync(string title, CancellationToken cancellationToken)
    {
        var baseSlug = Slug.From(title);
        if (baseSlug.Length == 0)
        {
            baseSlug = "article";
        }

        var taken = await db.Articles
            .Where(a => a.Slug == baseSlug || a.Slug.StartsWith(baseSlug + "-"))
            .Select(a => a.Slug)
            .ToListAsync(cancellationToken);
        var slug = baseSlug;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{baseSlug}-{n}";
        }

        return slug;
    }

    private static string ContentHash(byte[] bytes, ArticleMetadata? metadata)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bytes);
        hash.AppendData(Encoding.UTF8.GetBytes($"\0{ImportFormatVersion}\0{metadata?.Headline}\0{metadata?.Source}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
