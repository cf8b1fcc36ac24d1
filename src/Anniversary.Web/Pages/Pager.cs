using Anniversary.Archive.Reading;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Anniversary.Web.Pages;

/// <summary>Previous and next links for a paged list; every other query parameter is kept.</summary>
public sealed record Pager(int Number, int Last, Func<int, string> Href, string Label)
{
    public static Pager For<T>(PageOf<T> page, HttpRequest request, string label) =>
        new(page.Number, page.Last, number => Link(request, number), label);

    /// <summary>The page number the request asks for ("page" is also a Razor Pages route value, so the query string is read directly).</summary>
    public static int Requested(HttpRequest request) => Paging.Number(request.Query["page"].FirstOrDefault());

    private static string Link(HttpRequest request, int number)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        var builder = new QueryBuilder(query.Where(q => q.Key != "page"));
        if (number > 1)
        {
            builder.Add("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return request.PathBase + request.Path + builder.ToQueryString();
    }
}
