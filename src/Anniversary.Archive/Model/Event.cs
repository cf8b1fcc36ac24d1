using Anniversary.Archive.Text;

namespace Anniversary.Archive.Model;

/// <summary>A commemorative event: one per kind, place and day, however many articles report it.</summary>
public sealed class Event
{
    public int Id { get; set; }

    public string Slug { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    /// <summary>The place as first published ("Hà Nội" or "Hanoi").</summary>
    public string Place { get; set; } = string.Empty;

    /// <summary>The place folded and de-aliased: "Hà Nội", "Ha Noi" and "Hanoi" share it.</summary>
    public string PlaceKey { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public int? AnniversaryOrdinal { get; set; }

    public DateOnly? AnniversaryOf { get; set; }

    public DatePrecision? AnniversaryPrecision { get; set; }

    public List<Article> Articles { get; set; } = [];
}
