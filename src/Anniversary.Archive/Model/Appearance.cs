namespace Anniversary.Archive.Model;

/// <summary>A person's part in an article, strongest first: one who spoke outranks one who was quoted, present or named.</summary>
public enum Part
{
    Speaker,
    Quoted,
    Attendee,
    Mentioned,
}

/// <summary>
/// A person in one article: their part there and the role the article gives them, as written. The
/// role is nearly always the first of <see cref="Roles"/>, and then stored once, there: readers take
/// <c>Role ?? Roles[0]</c> (null when the article gives none).
/// </summary>
public sealed class Appearance
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public Part Part { get; set; }

    /// <summary>The role the article gives them when it is not the first of <see cref="Roles"/>; null otherwise (see the class).</summary>
    public string? Role { get; set; }

    /// <summary>What <see cref="Role"/> stores of a role: nothing when it is the first of the roles.</summary>
    public static string? Stored(string? role, IReadOnlyList<string> roles) => roles.Count > 0 && role == roles[0] ? null : role;

    /// <summary>Every role the article gives, e.g. "Cambodian Deputy PM" and "Deputy Prime Minister".</summary>
    public List<string> Roles { get; set; } = [];

    public string? Country { get; set; }
}
