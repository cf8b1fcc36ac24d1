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

    public List<Appearance> Appearances { get; set; } = [];
}
