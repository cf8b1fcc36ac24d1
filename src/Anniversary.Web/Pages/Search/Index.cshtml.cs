using System.Globalization;
using Anniversary.Archive.Data;
using Anniversary.Archive.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Anniversary.Web.Pages.Search;

public sealed class IndexModel(ArchiveDbContext db, IArchiveSearch index) : PageModel
{
    // From the query string alone ("page" is also a Razor Pages route value), with no prefix: the parameters
    // are named as the search form names them.
    [FromQuery(Name = "")] public SearchInput Input { get; set; } = null!;

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
        (Search, var problems, FilteredSpeaker) = await Input.ReadAsync(db, cancellationToken);
        Problems = [.. Search.Query.Notices, .. problems.Select(p => p.OnPage)];
        Results = await index.SearchAsync(db, Search, cancellationToken);
        // With filters, the page offers to search again without them: a name suggested would find nothing either.
        if (Results.Total == 0 && Searched && !Search.HasFilters && Search.Kind == SearchKind.Both)
        {
            DidYouMean = await Suggestions.ForAsync(db, Search.Query, cancellationToken);
        }
    }

    /// <summary>The address of this search from its first page, or with <paramref name="change"/> made to it; at /search unless <paramref name="path"/> says otherwise.</summary>
    public string Link(Func<SearchInput, SearchInput>? change = null, string path = "/search")
    {
        var input = Input with { Page = null };
        return QueryHelpers.AddQueryString(path, (change?.Invoke(input) ?? input).QueryParameters());
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
