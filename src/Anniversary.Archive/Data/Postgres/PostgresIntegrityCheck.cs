namespace Anniversary.Archive.Data.Postgres;

/// <summary>
/// PostgreSQL checks its own indexes as it writes them (and <c>amcheck</c> is the operator's tool
/// for their pages); what the archive can get wrong is the search rows: every article has its own
/// row, and every paragraph row is of an article whose paragraphs are stored.
/// </summary>
public sealed class PostgresIntegrityCheck : IIntegrityCheck
{
    private const string Table = PostgresSearchEntries.Table;

    public async Task<bool> CheckAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var faults = await db.ScalarAsync(
            $"""
            SELECT (SELECT count(*) FROM "Articles" a WHERE NOT EXISTS (SELECT 1 FROM "{Table}" e WHERE e."ArticleId" = a."Id" AND e."Paragraph" = 0))
                 + (SELECT count(*) FROM "{Table}" e WHERE e."Paragraph" > 0 AND NOT EXISTS (SELECT 1 FROM "ArticleBodies" b WHERE b."ArticleId" = e."ArticleId"))
            """,
            cancellationToken);
        return Convert.ToInt64(faults, System.Globalization.CultureInfo.InvariantCulture) == 0;
    }
}
