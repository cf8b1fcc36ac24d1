using Anniversary.Archive.Data;

namespace Anniversary.Archive.Search;

/// <summary>
/// Full-text search of the archive, filled by each engine with its own index; every engine reads
/// the same query language and gives its candidates to <see cref="SearchCandidates"/>.
/// </summary>
public interface IArchiveSearch
{
    Task<SearchResults> SearchAsync(ArchiveDbContext db, SearchRequest request, CancellationToken cancellationToken = default);
}
