namespace Anniversary.Archive.Model;

/// <summary>A named person. One row however the name is spelled: <see cref="Key"/> is the folded name.</summary>
public sealed class Person
{
    public int Id { get; set; }

    public string Slug { get; set; } = string.Empty;

    /// <summary>The name as first published.</summary>
    public string Name { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    public string? Country { get; set; }

    /// <summary>The strongest part the person plays in any article; kept by the importer, with the counts, so lists rank people without counting.</summary>
    public Part StrongestPart { get; set; } = Part.Mentioned;

    public int ArticleCount { get; set; }

    public int StatementCount { get; set; }

    public List<Appearance> Appearances { get; set; } = [];
}
