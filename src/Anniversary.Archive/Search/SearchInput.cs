using System.Globalization;
using Anniversary.Archive.Data;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Search;

/// <summary>
/// A parameter that cannot be used: what is wrong with it, and what the search page does instead
/// (the API does nothing instead: it answers 400 with the faults alone).
/// </summary>
public sealed record InputProblem(string Fault, string Instead)
{
    public string OnPage => $"{Fault}; {Instead}.";

    public string InApi => $"{Fault}.";
}

/// <summary>The person a speaker filter keeps, for the page to name.</summary>
public sealed record FilteredSpeaker(int Id, string Slug, string Name);

/// <summary>
/// The search parameters exactly as received (query string values), read into a bounded
/// <see cref="SearchRequest"/>. Anything unusable becomes a plain problem message, never an exception:
/// the page shows the messages and searches with the rest; the API answers 400 with them.
/// </summary>
/// <remarks>
/// The one declaration of the parameters: the search page, /api/search and /search.atom bind this record,
/// and links to other searches are written from it. Each parameter is named in the query string for its
/// property in lower case, and links write them in the order declared here.
/// </remarks>
public sealed record SearchInput(string? Q, string? Speaker, string? Date, string? From, string? To, string? Kind, string? Sort, string? Page)
{
    private const int MaxParameterLength = 100;

    // Read from the constructor so that a parameter added to the record is bound and linked with no other edit.
    private static readonly (string Name, Func<SearchInput, string?> Value)[] Parameters =
        [.. typeof(SearchInput).GetConstructors().Single().GetParameters().Select(parameter =>
        {
            var property = typeof(SearchInput).GetProperty(parameter.Name!)!;
            return (parameter.Name!.ToLowerInvariant(), (Func<SearchInput, string?>)(input => (string?)property.GetValue(input)));
        })];

    /// <summary>The parameters' names in a query string, in the order links write them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Parameters.Select(p => p.Name)];

    /// <summary>The parameters a link to this search writes, in order; blank ones, which mean nothing, are left out.</summary>
    public IEnumerable<KeyValuePair<string, string?>> QueryParameters() =>
        Parameters.Select(p => KeyValuePair.Create(p.Name, p.Value(this))).Where(p => !string.IsNullOrWhiteSpace(p.Value));

    public async Task<(SearchRequest Request, IReadOnlyList<InputProblem> Problems, FilteredSpeaker? Speaker)> ReadAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var problems = new List<InputProblem>();
        var query = SearchQueryParser.Parse(Q);

        FilteredSpeaker? speaker = null;
        if (!string.IsNullOrWhiteSpace(Speaker))
        {
            var slug = Speaker.Trim();
            speaker = slug.Length <= MaxParameterLength
                ? await db.People.Where(p => p.Slug == slug).Select(p => new FilteredSpeaker(p.Id, p.Slug, p.Name)).FirstOrDefaultAsync(cancellationToken)
                : null;
            if (speaker is null)
            {
                problems.Add(new("No person with that name is in the archive", "the speaker filter was not used"));
            }
        }

        var date = ReadDate(Date, "date", problems);
        var from = ReadDate(From, "from", problems);
        var to = ReadDate(To, "to", problems);
        if (date is not null)
        {
            from = to = date;
        }
        else if (from > to)
        {
            problems.Add(new("The 'from' date is after the 'to' date", "the two were swapped"));
            (from, to) = (to, from);
        }

        var kind = ReadChoice(Kind, SearchKind.Both, "kind", "articles, paragraphs, statements or both", problems);
        var sort = ReadChoice(Sort, SearchSort.Relevance, "sort", "relevance, newest or oldest", problems);

        var page = 1;
        if (!string.IsNullOrWhiteSpace(Page))
        {
            if (!int.TryParse(Page.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1)
            {
                problems.Add(new("The page number must be a whole number from 1", "the first page is shown"));
                page = 1;
            }
            else if (page > SearchRequest.MaxPage)
            {
                problems.Add(new($"Results are shown up to page {SearchRequest.MaxPage}", "the first page is shown"));
                page = 1;
            }
        }

        return (new SearchRequest(query, speaker?.Id, from, to, kind, sort, page), problems, speaker);
    }

    private static DateOnly? ReadDate(string? value, string name, List<InputProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Trim().Length <= MaxParameterLength
            && DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new($"'{name}' must be a date written as YYYY-MM-DD", "it was not used"));
        return null;
    }

    private static T ReadChoice<T>(string? value, T fallback, string name, string allowed, List<InputProblem> problems)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (value.Trim().Length <= MaxParameterLength && Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var choice) && Enum.IsDefined(choice))
        {
            return choice;
        }

        problems.Add(new($"'{name}' must be {allowed}", $"{fallback.ToString().ToLowerInvariant()} is used"));
        return fallback;
    }
}
