using System.Globalization;
using Anniversary.Archive.Data;
using Anniversary.Archive.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anniversary.Web.Pages.Search;

public sealed class IndexModel(ArchiveDbContext db, ISearchIndex index) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Speaker { get; set; }
    [BindProperty(SupportsGet = true)] public string? Date { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    // "page" is also a Razor Pages route value, so the query string is read directly.
    public string? PageNumber => HttpContext.Request.Query["page"].FirstOrDefault();

    public SearchRequest Search { get; private set; } = null!;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public SearchResults Results { get; private set; } = SearchResults.Empty;

    public IReadOnlyList<string> DidYouMean { get; private set; } = [];

    /// <summary>The person the speaker filter keeps, shown so that the reader can see the filter and drop it.</summary>
    public FilteredSpeaker? FilteredSpeaker { get; private set; }

    public bool Searched => !Search.Query.IsEmpty || Search.HasFilters;

    public int LastPage => Math.Max(1, Math.Min(SearchRequest.MaxPage, (Results.Total + Search.PageSize - 1) / Search.PageSize));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Search, var problems, FilteredSpeaker) = await new SearchInput(Q, Speaker, Date, From, To, Kind, Sort, PageNumber).ReadAsync(db, cancellationToken);
        Problems = [.. Search.Query.Notices, .. problems.Select(p => p.OnPage)];
        Results = await index.SearchAsync(db, Search, cancellationToken);
        // With filters, the page offers to search again without them: a name suggested would find nothing either.
        if (Results.Total == 0 && Searched && !Search.HasFilters && Search.Kind == SearchKind.Both)
        {
            DidYouMean = await Suggestions.ForAsync(db, Search.Query, cancellationToken);
        }
    }

    /// <summary>This search's address with some parameters changed (null removes one).</summary>
    public string Link(params (string Name, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q, ["speaker"] = Speaker, ["date"] = Date, ["from"] = From, ["to"] = To, ["kind"] = Kind, ["sort"] = Sort, ["page"] = null,
        };
        foreach (var (name, value) in changes)
        {
            values[name] = value;
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            "/search", values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)));
    }

    /// <summary>Hits per year, or per month when every hit falls in one year: the bars of the chart.</summary>
    public IReadOnlyList<(string Label, string Key, int Count)> DateBars()
    {
        var months = Results.Months.Select(m => (Year: m.Key[..4], Month: m.Key, m.Count)).ToList();
        if (months.Select(m => m.Year).Distinct().Count() == 1)
        {
            return months.Select(m => (DateTime.ParseExact(m.Month, "yyyy-MM", CultureInfo.InvariantCulture).ToString("MMM yyyy", CultureInfo.InvariantCulture), m.Month, m.Count)).ToList();
        }

        return months.GroupBy(m => m.Year).Select(g => (g.Key, g.Key, g.Sum(m => m.Count))).ToList();
    }
}
