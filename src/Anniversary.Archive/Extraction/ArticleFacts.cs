using Anniversary.Archive.Model;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Extraction;

/// <summary>What the extractor read from one article. Paragraph numbers are the body's <c>p-N</c> anchors.</summary>
public sealed record ArticleFacts(
    ExtractedEvent? Event,
    IReadOnlyList<ExtractedPerson> People,
    IReadOnlyList<ExtractedStatement> Statements,
    IReadOnlyList<ExtractedDate> MentionedDates,
    IReadOnlyList<ExtractedMoment> Moments,
    IReadOnlyList<ExtractedMention> Mentions);

/// <summary>Where a full name is written: the element's position in the article and the characters it spans.</summary>
public sealed record ExtractedMention(int Position, int Start, int Length, string PersonKey);

/// <summary>A named person: <see cref="Role"/> is the fullest of the <see cref="Roles"/> the article gives, as written.</summary>
public sealed record ExtractedPerson(string Name, string Key, string? Role, IReadOnlyList<string> Roles, string? Country, Part Part);

public sealed record ExtractedStatement(string PersonKey, int Paragraph);

public sealed record ExtractedDate(int Paragraph, DateOnly Date, DatePrecision Precision, string Text);

/// <summary>Something the report says happened at the event: a performance, a testimony, gifts presented.</summary>
public sealed record ExtractedMoment(string Label, string Text, int? Paragraph, int Position);

public sealed record ExtractedEvent(string Kind, string Place, string PlaceKey, DateOnly Date, ExtractedAnniversary? Anniversary);

public sealed record ExtractedAnniversary(int Ordinal, DateOnly? Of, DatePrecision Precision);
