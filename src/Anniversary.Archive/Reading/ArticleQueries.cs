using System.Linq.Expressions;
using Anniversary.Archive.Data;
using Anniversary.Archive.Model;
using Anniversary.Archive.Text;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Reading;

public sealed record ArticleSummary(
    string Slug, string Title, DateOnly Date, string? Dateline, string? Place, string? Credit, string? Source, string SourceFile, string? Lead)
{
    public string Url => Links.Article(Date, Slug);

    /// <summary>Each dateline as written, apart: the report's datelines are never joined.</summary>
    public IReadOnlyList<string> Datelines => Dateline?.Split('\n') ?? [];
}

public sealed record ArticleElement(int Position, int? Number, string? Text, string? Html, string? Caption, string? Credit)
{
    /// <summary>The credit as a caption shows it: "Photo: VNA", but "File photo" and "VNA Photo" as written, since they say "photo" already.</summary>
    public string? CreditShown() =>
        Credit is null ? null : Credit.Contains("photo", StringComparison.OrdinalIgnoreCase) ? Credit : $"Photo: {Credit}";
}

public sealed record EventRef(string Slug, string Kind, string Place, DateOnly Date)
{
    public string Url => Links.Event(Slug);
}

public sealed record ArticlePerson(string Slug, string Name, string? Role, IReadOnlyList<string> Roles, string? Country, Part Part)
{
    public string Url => Links.Person(Slug);
}

public sealed record ArticleStatement(string Person, int Paragraph);

public sealed record ArticleDate(DateOnly Date, DatePrecision Precision, int Paragraph, string Text);

public sealed record ArticleDetails(
    ArticleSummary Summary,
    string? Standfirst,
    string? Byline,
    string? SourceLine,
    IReadOnlyList<ArticleElement> Elements,
    EventRef? Event,
    IReadOnlyList<ArticlePerson> People,
    IReadOnlyList<ArticleStatement> Statements,
    IReadOnlyList<ArticleDate> MentionedDates,
    ArticleSummary? Previous,
    ArticleSummary? Next);

/// <summary>Reading articles, for the pages and the API alike.</summary>
public static class ArticleQueries
{
    private static readonly Expression<Func<Article, ArticleSummary>> ToSummary = a => new ArticleSummary(
        a.Slug, a.Title, a.Date, a.Dateline, a.Place, a.Credit, a.Source, a.SourceFile,
        a.Standfirst ?? StoredParagraphs.Lead(a.Body!.Paragraphs));

    /// <summary>Every article, newest first, with its lead.</summary>
    public static IQueryable<ArticleSummary> Summaries(this ArchiveDbContext db) =>
        db.Articles.OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).Select(ToSummary);

    /// <summary>Articles dated within a span of days, newest first.</summary>
    public static IQueryable<ArticleSummary> Summaries(this ArchiveDbContext db, DateOnly from, DateOnly to) =>
        db.Articles.Where(a => a.Date >= from && a.Date <= to)
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).Select(ToSummary);

    public static async Task<ArticleDetails?> ArticleAsync(this ArchiveDbContext db, string slug, CancellationToken cancellationToken = default)
    {
        var article = await HeadBySlug.For(db)(db, slug, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var id = article.Id;
        var date = article.Summary.Date;
        var body = StoredParagraphs.ReadAll(await BodyOf.For(db)(db, id, cancellationToken));
        var paragraphs = body.Paragraphs.Select(p => new ArticleElement(p.Position, p.Number, p.Text, StoredParagraphHtml.Read(p.Text, p.Html), null, null));
        var figures = body.Figures.Select(f => new ArticleElement(f.Position, null, null, null, f.Caption, f.Credit));
        return new ArticleDetails(
            article.Summary,
            article.Standfirst,
            article.Byline,
            article.SourceLine,
            [.. paragraphs.Concat(figures).OrderBy(e => e.Position)],
            article.Event,
            await PeopleOf.For(db)(db, id).ToListAsync(cancellationToken),
            await StatementsOf.For(db)(db, id).ToListAsync(cancellationToken),
            (await DatesOf.For(db)(db, id).ToListAsync(cancellationToken)).Select(d => new ArticleDate(
                d.Date, d.Precision, d.Paragraph, MentionedDate.TextIn(d.Text, d.Start, d.Length, body.Paragraphs.ElementAtOrDefault(d.Paragraph - 1)?.Text ?? string.Empty))).ToList(),
            await Previous.For(db)(db, date, id, cancellationToken),
            await Next.For(db)(db, date, id, cancellationToken));
    }

    /// <summary>The present address of an article by a slug it had before its headline improved; null when no article had it.</summary>
    public static async Task<string?> FormerSlugUrlAsync(this ArchiveDbContext db, string slug, CancellationToken cancellationToken = default)
    {
        var article = await db.FormerSlugs.Where(f => f.Slug == slug)
            .Select(f => new { f.Article!.Date, f.Article.Slug })
            .SingleOrDefaultAsync(cancellationToken);
        return article is null ? null : Links.Article(article.Date, article.Slug);
    }

    private sealed record ArticleHead(int Id, string? Standfirst, string? Byline, string? SourceLine, ArticleSummary Summary, EventRef? Event);

    // The article page is the archive's most read page: its queries are translated once, not at every request.
    private static readonly CompiledQuery<Func<ArchiveDbContext, string, CancellationToken, Task<ArticleHead?>>> HeadBySlug = new(() => EF.CompileAsyncQuery(
        (ArchiveDbContext db, string slug, CancellationToken _) => db.Articles
            .Where(a => a.Slug == slug)
            .Select(a => new ArticleHead(
                a.Id,
                a.Standfirst,
                a.Byline,
                a.SourceLine,
                new ArticleSummary(a.Slug, a.Title, a.Date, a.Dateline, a.Place, a.Credit, a.Source, a.SourceFile, a.Standfirst),
                a.Event == null ? null : new EventRef(a.Event.Slug, a.Event.Kind, a.Event.Place, a.Event.Date)))
            .SingleOrDefault()));

    private static readonly CompiledQuery<Func<ArchiveDbContext, int, CancellationToken, Task<byte[]?>>> BodyOf = new(() => EF.CompileAsyncQuery(
        (ArchiveDbContext db, int id, CancellationToken _) => db.ArticleBodies.Where(b => b.ArticleId == id).Select(b => b.Paragraphs).SingleOrDefault()));

    private static readonly CompiledQuery<Func<ArchiveDbContext, int, IAsyncEnumerable<ArticlePerson>>> PeopleOf = new(() => EF.CompileAsyncQuery(
        (ArchiveDbContext db, int id) => db.Appearances.Where(a => a.ArticleId == id)
            .OrderBy(a => a.Part).ThenBy(a => a.Id)
            .Select(a => new ArticlePerson(a.Person!.Slug, a.Person.Name, a.Role ?? a.Roles[0], a.Roles, a.Country ?? a.Person.Country, a.Part))));

    private static readonly CompiledQuery<Func<ArchiveDbContext, int, IAsyncEnumerable<ArticleStatement>>> StatementsOf = new(() => EF.CompileAsyncQuery(
        (ArchiveDbContext db, int id) => db.Statements.Where(s => s.ArticleId == id)
            .OrderBy(s => s.ParagraphNumber)
            .Select(s => new ArticleStatement(s.Person!.Slug, s.ParagraphNumber))));

    private sealed record StoredDate(DateOnly Date, DatePrecision Precision, int Paragraph, string Text, int Start, int Length);

    private static readonly CompiledQuery<Func<ArchiveDbContext, int, IAsyncEnumerable<StoredDate>>> DatesOf = new(() => EF.CompileAsyncQuery(
        (ArchiveDbContext db, int id) => db.MentionedDates.Where(d => d.ArticleId == id)
            .OrderBy(d => d.ParagraphNumber).ThenBy(d => d.Id)
            .Select(d => new StoredDate(d.Date, d.Precision, d.ParagraphNumber, d.Text, d.TextStart, d.TextLength))));

    private static readonly CompiledQuery<Func<ArchiveDbContext, DateOnly, int, CancellationToken, Task<ArticleSummary?>>> Previous = new(() => EF.CompileAsyncQuery(
        (ArchiveDbContext db, DateOnly date, int id, CancellationToken _) => db.Articles
            .Where(a => a.Date <= date && (a.Date < date || a.Id < id))
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
            .Select(ToSummary)
            .FirstOrDefault()));

    private static readonly CompiledQuery<Func<ArchiveDbContext, DateOnly, int, CancellationToken, Task<ArticleSummary?>>> Next = new(() => EF.CompileAsyncQuery(
        (ArchiveDbContext db, DateOnly date, int id, CancellationToken _) => db.Articles
            .Where(a => a.Date >= date && (a.Date > date || a.Id > id))
            .OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Select(ToSummary)
            .FirstOrDefault()));
}
