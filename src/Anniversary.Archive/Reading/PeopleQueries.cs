using Anniversary.Archive.Data;
using Anniversary.Archive.Model;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Reading;

public sealed record PersonSummary(
    string Slug, string Name, IReadOnlyList<string> Roles, string? Country, IReadOnlyList<Part> Parts, int Articles, int Statements)
{
    public string Url => Links.Person(Slug);

    public bool IsSpeaker => Parts.Contains(Part.Speaker);
}

public sealed record PersonStatement(string Article, string ArticleTitle, DateOnly Date, int Paragraph, string Text)
{
    public string Url => Links.Paragraph(Date, Article, Paragraph);
}

public sealed record PersonArticle(string Slug, string Title, DateOnly Date, Part Part, string? Role)
{
    public string Url => Links.Article(Date, Slug);
}

/// <summary>A person, with the latest events they took part in and one page each of their articles and statements.</summary>
public sealed record PersonDetails(PersonSummary Summary, IReadOnlyList<EventRef> Events, PageOf<PersonArticle> Articles, PageOf<PersonStatement> Statements);

/// <summary>Reading people, for the pages and the API alike.</summary>
public static class PeopleQueries
{
    /// <summary>A page of everyone named, speakers first, then by how often they speak and appear.</summary>
    public static async Task<PageOf<PersonSummary>> PeopleAsync(this ArchiveDbContext db, int page, int size, CancellationToken cancellationToken = default)
    {
        // The importer keeps these counts on each person, and an index follows this order.
        var ranked = db.People
            .OrderBy(p => p.StrongestPart).ThenByDescending(p => p.StatementCount).ThenByDescending(p => p.ArticleCount).ThenBy(p => p.Name)
            .Select(p => p.Id);
        var ids = await ranked.PageAsync(page, size, cancellationToken);

        var rows = await db.People.Where(p => ids.Items.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.Slug,
                p.Name,
                p.Country,
                p.ArticleCount,
                p.StatementCount,
                Appearances = p.Appearances.Select(a => new { a.Part, a.Roles, a.Country }).ToList(),
            })
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        var people = ids.Items.Select(id => rows[id]).Select(p => new PersonSummary(
                p.Slug,
                p.Name,
                DistinctRoles(p.Appearances.SelectMany(a => a.Roles)),
                p.Country ?? p.Appearances.Select(a => a.Country).FirstOrDefault(c => c is not null),
                p.Appearances.Select(a => a.Part).Distinct().Order().ToList(),
                p.ArticleCount,
                p.StatementCount))
            .ToList();
        return new PageOf<PersonSummary>(people, ids.Number, ids.Size, ids.Total);
    }

    /// <summary>A person with one page of their statements (in the order they were made) and of the articles naming them (newest first).</summary>
    public static async Task<PersonDetails?> PersonAsync(this ArchiveDbContext db, string slug, int page = 1, int size = 50, CancellationToken cancellationToken = default)
    {
        var person = await db.People.Where(p => p.Slug == slug)
            .Select(p => new
            {
                p.Id,
                p.Slug,
                p.Name,
                p.Country,
                Appearances = p.Appearances.Select(a => new { a.Part, a.Roles, a.Country }).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        var articles = await db.Appearances.Where(a => a.PersonId == person.Id)
            .OrderByDescending(a => a.Article!.Date).ThenByDescending(a => a.ArticleId)
            .Select(a => new PersonArticle(a.Article!.Slug, a.Article.Title, a.Article.Date, a.Part, a.Role ?? a.Roles[0]))
            .PageAsync(page, size, cancellationToken);
        var said = await db.Statements.Where(s => s.PersonId == person.Id)
            .OrderBy(s => s.Date).ThenBy(s => s.ArticleId).ThenBy(s => s.ParagraphNumber)
            .Select(s => new StatementRow(s.ArticleId, s.Article!.Slug, s.Article.Title, s.Article.Date, s.ParagraphNumber))
            .PageAsync(page, size, cancellationToken);
        var statements = new PageOf<PersonStatement>(await db.QuotedAsync(said.Items, cancellationToken), said.Number, said.Size, said.Total);
        // Quoted ("as X once said") or mentioned, a person was not at the event the article reports.
        var events = await db.Appearances.Where(a => a.PersonId == person.Id && (a.Part == Part.Speaker || a.Part == Part.Attendee) && a.Article!.Event != null)
            .Select(a => a.Article!.Event!).Distinct()
            .OrderByDescending(e => e.Date).Take(size)
            .Select(e => new EventRef(e.Slug, e.Kind, e.Place, e.Date))
            .ToListAsync(cancellationToken);

        var summary = new PersonSummary(
            person.Slug,
            person.Name,
            DistinctRoles(person.Appearances.SelectMany(a => a.Roles)),
            person.Country ?? person.Appearances.Select(a => a.Country).FirstOrDefault(c => c is not null),
            person.Appearances.Select(a => a.Part).Distinct().Order().ToList(),
            articles.Total,
            statements.Total);
        return new PersonDetails(summary, events.OrderBy(e => e.Date).ToList(), articles, statements);
    }

    /// <summary>What the person said in these articles, in the order they said it.</summary>
    public static async Task<IReadOnlyList<PersonStatement>> StatementsInAsync(
        this ArchiveDbContext db, string personSlug, IReadOnlyCollection<string> articleSlugs, CancellationToken cancellationToken = default) =>
        await db.QuotedAsync(
            await db.Statements.Where(s => s.Person!.Slug == personSlug && articleSlugs.Contains(s.Article!.Slug))
                .OrderBy(s => s.ArticleId).ThenBy(s => s.ParagraphNumber)
                .Select(s => new StatementRow(s.ArticleId, s.Article!.Slug, s.Article.Title, s.Article.Date, s.ParagraphNumber))
                .ToListAsync(cancellationToken),
            cancellationToken);

    private sealed record StatementRow(int ArticleId, string Slug, string Title, DateOnly Date, int Paragraph);

    /// <summary>The statements with their paragraphs' text, each article's paragraphs read once.</summary>
    private static async Task<List<PersonStatement>> QuotedAsync(this ArchiveDbContext db, IReadOnlyList<StatementRow> rows, CancellationToken cancellationToken)
    {
        var paragraphs = await db.ParagraphsOfAsync(rows.Select(r => r.ArticleId), cancellationToken);
        return rows.Select(r => new PersonStatement(r.Slug, r.Title, r.Date, r.Paragraph, paragraphs.TextOf(r.ArticleId, r.Paragraph))).ToList();
    }

    private static List<string> DistinctRoles(IEnumerable<string> roles) =>
        roles.DistinctBy(Extraction.Lexicon.Default.RoleKey).OrderByDescending(r => r.Length).ToList();
}
