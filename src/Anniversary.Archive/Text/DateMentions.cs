using System.Globalization;
using System.Text.RegularExpressions;

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

/// <summary>The one date reader: dates in prose ("January 7, 1979", "April 1975", "in 1975").</summary>
public static partial class DateMentions
{
    public const int MinYear = 1800;
    public const int MaxYear = 2100;

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>Finds every date in the text, longest reading first: "January 7, 1979" is one day, not a month and a year.</summary>
    public static IReadOnlyList<DateMention> Find(string text)
    {
        var found = new List<DateMention>();
        var taken = new bool[text.Length];

        void Take(Match match, DateOnly date, DatePrecision precision)
        {
            if (Enumerable.Range(match.Index, match.Length).Any(i => taken[i]))
            {
                return;
            }

            Array.Fill(taken, true, match.Index, match.Length);
            found.Add(new DateMention(match.Index, match.Length, date, precision, match.Value));
        }

        foreach (Match match in MonthDayYear().Matches(text))
        {
            if (TryDate(match.Groups["year"].Value, match.Groups["month"].Value, match.Groups["day"].Value, out var date))
            {
                Take(match, date, DatePrecision.Day);
            }
        }

        foreach (Match match in DayMonthYear().Matches(text))
        {
            if (TryDate(match.Groups["year"].Value, match.Groups["month"].Value, match.Groups["day"].Value, out var date))
            {
                Take(match, date, DatePrecision.Day);
            }
        }

        foreach (Match match in MonthYear().Matches(text))
        {
            if (TryDate(match.Groups["year"].Value, match.Groups["month"].Value, "1", out var date))
            {
                Take(match, date, DatePrecision.Month);
            }
        }

        foreach (Match match in YearOnly().Matches(text))
        {
            if (TryDate(match.Groups["year"].Value, "1", "1", out var date))
            {
                Take(match, date, DatePrecision.Year);
            }
        }

        return found.OrderBy(m => m.Index).ToList();
    }

    /// <summary>A month name or abbreviation ("January", "Jan", "Jan.", "Sept") to its number, else 0.</summary>
    public static int MonthNumber(string name)
    {
        var trimmed = name.TrimEnd('.');
        if (trimmed.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].StartsWith(trimmed, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == MonthNames[i].Length || trimmed.Length <= 4))
            {
                return i + 1;
            }
        }

        return 0;
    }

    public static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        var monthNumber = int.TryParse(month, out var m) ? m : MonthNumber(month);
        return int.TryParse(year, out var y) && y is >= MinYear and <= MaxYear
            && int.TryParse(day, out var d)
            && monthNumber is >= 1 and <= 12
            && d >= 1 && d <= DateTime.DaysInMonth(y, monthNumber)
            && (date = new DateOnly(y, monthNumber, d)) != default;
    }

    private const string Month = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + Month + @",?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![\d.,])\b(?<year>1[89]\d{2}|20\d{2})\b(?![\d.,]\d)")]
    private static partial Regex YearOnly();
}
