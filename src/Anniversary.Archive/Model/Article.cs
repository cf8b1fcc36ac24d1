namespace Anniversary.Archive.Model;

/// <summary>A news-agency report as imported from one seed file.</summary>
public sealed class Article
{
    public int Id { get; set; }

    /// <summary>Assigned at first import and kept afterwards, so permalinks survive re-imports.</summary>
    public string Slug { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>The lead when the report repeats it as the opening of a later paragraph.</summary>
    public string? Standfirst { get; set; }

    /// <summary>The datelines and agency tags exactly as written, one per line, in the order of the report; never joined.</summary>
    public string? Dateline { get; set; }

    /// <summary>The byline exactly as written ("By Sok Dara", "Ouch Sony / Khmer Times").</summary>
    public string? Byline { get; set; }

    /// <summary>The report's own source line exactly as written ("Source: Agency Kampuchea Press").</summary>
    public string? SourceLine { get; set; }

    public string? Place { get; set; }

    /// <summary>The agency credit as printed at the end of the report, e.g. "VNA".</summary>
    public string? Credit { get; set; }

    /// <summary>The publication, from the editorial metadata, e.g. "Vietnam News Agency (VNA)".</summary>
    public string? Source { get; set; }

    public string SourceFile { get; set; } = string.Empty;

    /// <summary>
    /// SHA-256 of the file's bytes with its editorial data and the import's format, 32 bytes: a file
    /// whose digest is unchanged is not imported again. Empty when a migration marks the article for importing again.
    /// </summary>
    public byte[] ContentHash { get; set; } = [];

    /// <summary>SHA-256 of the file's bytes alone, 32 bytes: the same report under a second file name is refused, not stored twice.</summary>
    public byte[] TextHash { get; set; } = [];

    public DateTime ImportedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public int? EventId { get; set; }

    public Event? Event { get; set; }

    public ArticleBody? Body { get; set; }

    public List<Appearance> Appearances { get; set; } = [];

    public List<Statement> Statements { get; set; } = [];

    public List<Moment> Moments { get; set; } = [];

    public List<MentionedDate> MentionedDates { get; set; } = [];

    /// <summary>Slugs the article had before its headline improved: their addresses redirect to the present one.</summary>
    public List<FormerSlug> FormerSlugs { get; set; } = [];

    public static string PermalinkFor(DateOnly date, string slug) => $"/articles/{date:yyyy}/{date:MM}/{date:dd}/{slug}";
}
