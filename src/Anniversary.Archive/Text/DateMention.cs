namespace Anniversary.Archive.Text;

public enum DatePrecision
{
    Day,
    Month,
    Year,
}

/// <summary>A date as written in text, at the precision it was written: day, month or year.</summary>
public sealed record DateMention(int Index, int Length, DateOnly Date, DatePrecision Precision, string Text)
{
    /// <summary>The first and last day the mention covers: a day, a whole month or a whole year.</summary>
    public (DateOnly From, DateOnly To) Range => Precision switch
    {
        DatePrecision.Day => (Date, Date),
        DatePrecision.Month => (Date, Date.AddMonths(1).AddDays(-1)),
        _ => (Date, Date.AddYears(1).AddDays(-1)),
    };
}

/// <summary>
/// A date as a reader types it: a span of days ("1979", "January 1979", "2024-01-07", "7/1/2024"),
/// or a day of any year ("January 7") when <see cref="Month"/> and <see cref="Day"/> are set.
/// </summary>
public sealed record DateQuery(int Index, int Length, DateOnly? From, DateOnly? To, int? Month, int? Day, DatePrecision Precision, string Text)
{
    /// <summary>Whether a mention in the text answers this date: the same day of any year, or inside the span, written at least as precisely.</summary>
    public bool Matches(DateMention mention) =>
        mention.Precision <= Precision
        && (Month is { } month && Day is { } day
            ? mention.Date.Month == month && mention.Date.Day == day
            : mention.Date >= From && mention.Date <= To);
}
