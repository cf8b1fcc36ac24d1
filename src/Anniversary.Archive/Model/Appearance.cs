namespace Anniversary.Archive.Model;

/// <summary>A person's part in an article, strongest first: one who spoke outranks one who was quoted, present or named.</summary>
public enum Part
{
    Speaker,
    Quoted,
    Attendee,
    Mentioned,
}

/// <summary>A person in one article: their part there and the role the article gives them, as written.</summary>
public sealed class Appearance
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public Part Part { get; set; }

    public string? Role { get; set; }

    /// <summary>Every role the article gives, e.g. "Cambodian Deputy PM" and "Deputy Prime Minister".</summary>
    public List<string> Roles { get; set; } = [];

    public string? Country { get; set; }
}
