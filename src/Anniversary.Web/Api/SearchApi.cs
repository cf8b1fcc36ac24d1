using System.Text.RegularExpressions;
using Anniversary.Archive.Data;
using Anniversary.Archive.Search;
using Anniversary.Web.Publishing;

namespace Anniversary.Web.Api;

/// <summary>Search as JSON (/api/search) and as an Atom feed (/search.atom), with the parameters of the search page.</summary>
public static partial class SearchApi
{
    private const int FeedSize = 50;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        var search = endpoints.MapGroup(string.Empty).RequireRateLimiting(Security.SearchRateLimit.Policy);
        search.MapGet("/api/search", async (
            [AsParameters] SearchInput input, ArchiveDbContext db, IArchiveSearch index, CancellationToken cancellationToken) =>
        {
            var (request, problems, _) = await input.ReadAsync(db, cancellationToken);
            if (problems.Count > 0)
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "The search parameters cannot be used.",
                    detail: string.Join(" ", problems.Select(p => p.InApi)));
            }

            var results = await index.SearchAsync(db, request, cancellationToken);
            return Results.Ok(new
            {
                results.Total,
                // More results than this page shows: further pages, or matches past the bound (truncated).
                More = request.Page * request.PageSize < results.Total || results.Truncated,
                results.Truncated,
                request.Page,
                request.PageSize,
                Notices = request.Query.Notices,
                Results = results.Hits.Select(hit => new
                {
                    Type = hit.Type,
                    Article = hit.ArticleSlug,
                    hit.Paragraph,
                    Person = hit.PersonSlug,
                    PersonName = hit.PersonName,
                    hit.Title,
                    Snippet = hit.SnippetHtml,
                    hit.Date,
                    hit.Url,
                }),
                Facets = new
                {
                    Kinds = results.Kinds.Select(k => new { Kind = k.Key, k.Count }),
                    Speakers = results.Speakers.Select(s => new { Person = s.Key, Name = s.Label, s.Count }),
                    Dates = results.Months.Select(m => new { Month = m.Key, m.Count }),
                },
            });
        });

        search.MapGet("/search.atom", async (
            HttpContext context, [AsParameters] SearchInput input, ArchiveDbContext db, IArchiveSearch index, CancellationToken cancellationToken) =>
        {
            // A feed follows the newest results, always from the first page.
            var (request, _, _) = await (input with { Sort = input.Sort ?? "newest", Page = null }).ReadAsync(db, cancellationToken);
            var results = await index.SearchAsync(db, request with { PageSize = FeedSize }, cancellationToken);
            var origin = PublishingEndpoints.Origin(context);
            var searchUrl = $"{origin}/search{context.Request.QueryString}";
            await PublishingEndpoints.WriteAtomAsync(context, PublishingEndpoints.Feed(
                $"Anniversary search: {request.Query.Text}",
                $"{results.Total} results in the archive",
                searchUrl,
                $"{origin}/search.atom{context.Request.QueryString}",
                results.Hits.Select(hit => PublishingEndpoints.Entry(
                    origin,
                    hit.PersonName is null ? hit.Title : $"{hit.PersonName}: {hit.Title}",
                    System.Net.WebUtility.HtmlDecode(Tags().Replace(hit.SnippetHtml, string.Empty)),
                    hit.Url,
                    hit.Date,
                    null))));
        });

        return endpoints;
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
