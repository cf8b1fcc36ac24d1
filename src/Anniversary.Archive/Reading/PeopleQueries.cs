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

public sealed record PersonDetails(PersonSummary Summary, IReadOnlyList<EventRef> Events, IReadOnlyList<PersonArticle> Articles, IReadOnlyList<PersonStatement> Statements);

/// <summary>Reading people, for the pages and the API alike.</summary>
public static class PeopleQueries
{
    /// <summary>Everyone named, speakers first, then by how often they appear.</summary>
    public static async Task<IReadOnlyList<PersonSummary>> PeopleAsync(this ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var rows = await db.People
            .Select(p => new
            {
                p.Slug,
                p.Name,
                p.Country,
                Appearances = p.Appearances.Select(a => new { a.Part, a.Roles, a.Country }).ToList(),
                Statements = db.Statements.Count(s => s.PersonId == p.Id),
            })
            .ToListAsync(cancellationToken);

        return rows
            .Select(p => new PersonSummary(
                p.Slug,
                p.Name,
                DistinctRoles(p.Appearances.SelectMany(a => a.Roles)),
                p.Country ?? p.Appearances.Select(a => a.Country).FirstOrDefault(c => c is not null),
                p.Appearances.Select(a => a.Part).Distinct().Order().ToList(),
                p.Appearances.Count,
                p.Statements))
            .OrderBy(p => p.Parts.FirstOrDefault(Part.Mentioned))
            .ThenByDescending(p => p.Statements)
            .ThenByDescending(p => p.Articles)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    public static async Task<PersonDetails?> PersonAsync(this ArchiveDbContext db, string slug, CancellationToken cancellationToken = default)
    {
        var person = await db.People.Where(p => p.Slug == slug)
            .Select(p => new
            {
                p.Id,
                p.Slug,
                p.Name,
                p.Country,
                Appearances = p.Appearances
                    .OrderByDescending(a => a.Article!.Date)
                    .Select(a => new
                    {
                        Article = new PersonArticle(a.Article!.Slug, a.Article.Title, a.Article.Date, a.Part, a.Role),
                        a.Roles,
                        a.Country,
                        Event = a.Article.Event == null ? null : new EventRef(a.Article.Event.Slug, a.Article.Event.Kind, a.Article.Event.Place, a.Article.Event.Date),
                    })
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        var statements = await db.Statements.Where(s => s.PersonId == person.Id)
            .OrderBy(s => s.Article!.Date).ThenBy(s => s.ArticleId).ThenBy(s => s.ParagraphNumber)
            .Select(s => new PersonStatement(
                s.Article!.Slug,
                s.Article.Title,
                s.Article.Date,
                s.ParagraphNumber,
                db.Paragraphs.Where(p => p.ArticleId == s.ArticleId && p.Number == s.ParagraphNumber).Select(p => p.Text).First()))
            .ToListAsync(cancellationToken);

        var summary = new PersonSummary(
            person.Slug,
            person.Name,
            DistinctRoles(person.Appearances.SelectMany(a => a.Roles)),
            person.Country ?? person.Appearances.Select(a => a.Country).FirstOrDefault(c => c is not null),
            person.Appearances.Select(a => a.Article.Part).Distinct().Order().ToList(),
            person.Appearances.Count,
            statements.Count);
        var events = person.Appearances.Where(a => a.Event is not null && a.Article.Part != Part.Mentioned).Select(a => a.Event!).DistinctBy(e => e.Slug).OrderBy(e => e.Date).ToList();
        return new PersonDetails(summary, events, person.Appearances.Select(a => a.Article).ToList(), statements);
    }

    private static List<string> DistinctRoles(IEnumerable<string> roles) =>
        roles.DistinctBy(Extraction.Lexicon.Default.RoleKey).OrderByDescending(r => r.Length).ToList();
}
