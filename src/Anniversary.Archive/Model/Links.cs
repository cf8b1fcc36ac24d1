namespace Anniversary.Archive.Model;

/// <summary>The archive's permanent addresses, in one place.</summary>
public static class Links
{
    public static string Article(DateOnly date, string slug) => Model.Article.PermalinkFor(date, slug);

    public static string Paragraph(DateOnly date, string slug, int number) => $"{Article(date, slug)}#p-{number}";

    /// <summary>A photo and its caption, by its place among the article's elements.</summary>
    public static string Figure(DateOnly date, string slug, int position) => $"{Article(date, slug)}#figure-{position}";

    public static string Person(string slug) => $"/people/{slug}";

    public static string Event(string slug) => $"/events/{slug}";
}
