namespace Anniversary.Archive.Data;

/// <summary>Whether the store's search index is consistent with itself.</summary>
public interface IIntegrityCheck
{
    Task<bool> CheckAsync(ArchiveDbContext db, CancellationToken cancellationToken = default);
}
