using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Anniversary.Archive.Text;

/// <summary>
/// The one date reader: dates in prose ("January 7, 1979", "7/1/1979", "April 1975", "in 1975"), the day of an
/// event in a report's lead ("on January 7"), and dates typed into search boxes.
/// </summary>
public static partial class DateMentions
{
    public const int MinYear = 1800;
    public const int MaxYear = 2100;

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>
    /// Finds every date in the text, longest reading first: "January 7, 1979" is one day, not a month
    /// and a year. Given the report's date, a day written without a year ("on January 7", "until
    /// April 30") is read too, as news writes the days around its report: the nearest such day to
    /// the report, if it lies within <see cref="YearlessReach"/> days of it; a day further away may
    /// be history of any year, and is left unread.
    /// </summary>
    private static readonly IEnumerable<Match> NoMatches = [];

    public static IReadOnlyList<DateMention> Find(string text, DateOnly? reportDate = null)
    {
        var found = new List<DateMention>();
        var taken = new bool[text.Length];

        void Take(Match match, DateOnly date, DatePrecision precision)
        {
            if (taken.AsSpan(match.Index, match.Length).Contains(true))
            {
                return;
            }

            Array.Fill(taken, true, match.Index, match.Length);
            found.Add(new DateMention(match.Index, match.Length, date, precision, match.Value));
        }

        // Every pattern but the named and relative days has a number: most paragraphs have none, and are not searched for them.
        var hasDigit = text.AsSpan().ContainsAnyInRange('0', '9');
        // Nor are those that name a month searched in a paragraph that names none.
        var hasMonth = hasDigit && MonthWord().IsMatch(text);

        // "on January 6-7", "6–7 January 2024", "January 6 and 7": each day of a short range, every one a mention of the range as written.
        foreach (var match in hasMonth && MayHoldRange(text) ? DayRange().Matches(text) : NoMatches)
        {
            if (!taken.AsSpan(match.Index, match.Length).Contains(true) && RangeDays(text, match, reportDate) is { } days)
            {
                Array.Fill(taken, true, match.Index, match.Length);
                found.AddRange(days.Select(day => new DateMention(match.Index, match.Length, day, DatePrecision.Day, match.Value)));
            }
        }

        foreach (var match in hasMonth ? MonthDayYear().Matches(text) : NoMatches)
        {
            if (TryDate(match.Groups["year"].Value, match.Groups["month"].Value, match.Groups["day"].Value, out var date))
            {
                Take(match, date, DatePrecision.Day);
            }
        }

        foreach (var match in hasMonth ? DayMonthYear().Matches(text) : NoMatches)
        {
            if (TryDate(match.Groups["year"].Value, match.Groups["month"].Value, match.Groups["day"].Value, out var date))
            {
                Take(match, date, DatePrecision.Day);
            }
        }

        // "7/1/1979", "on 7.1.1979", "on 7-1-1979": day first, as reports from Việt Nam and Cambodia write it, not the year alone.
        var joinedDigits = hasDigit && HasJoinedDigits(text);
        foreach (var match in joinedDigits ? NumericDateInProse().Matches(text) : NoMatches)
        {
            // A dot or a dash only after a preposition of time ("on 7.1.1979", "the morning of 7-1-1979"): "version 1.2.2024" is a number.
            if ((match.Groups["separator"].Value == "/" || NumericDatePreposition().IsMatch(text.AsSpan(0, match.Index))) && TryNumericDate(match, out var date))
            {
                Take(match, date, DatePrecision.Day);
            }
        }

        // "the seventh of January 1979": a day written as an ordinal word.
        foreach (var match in hasMonth && MayHoldOrdinalWordDay(text) ? OrdinalWordDayMonthYear().Matches(text) : NoMatches)
        {
            if (TryDate(match.Groups["year"].Value, match.Groups["month"].Value, OrdinalWords.IndexOf(match.Groups["ordinal"].Value.ToLowerInvariant()).ToString(CultureInfo.InvariantCulture), out var date))
            {
                Take(match, date, DatePrecision.Day);
            }
        }

        // "ngày 7 tháng 1 năm 1979": a day as a report in Vietnamese writes it.
        foreach (var match in hasDigit && text.Contains("tháng", StringComparison.Ordinal) ? VietnameseDate().Matches(text) : NoMatches)
        {
            if (TryDate(match.Groups["year"].Value, match.Groups["month"].Value, match.Groups["day"].Value, out var date))
            {
                Take(match, date, DatePrecision.Day);
            }
        }

        foreach (var match in hasMonth ? MonthYear().Matches(text) : NoMatches)
        {
            if (TryDate(match.Groups["year"].Value, match.Groups["month"].Value, "1", out var date))
            {
                Take(match, date, DatePrecision.Month);
            }
        }

        // "(1975-79)", "the 2023-24 dry season": both years of a span whose second is written short.
        foreach (var match in joinedDigits ? ShortYearSpan().Matches(text) : NoMatches)
        {
            var first = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var last = first / 100 * 100 + int.Parse(match.Groups["short"].Value, CultureInfo.InvariantCulture);
            if (last > first && last - first <= MaxShortSpanYears && !taken.AsSpan(match.Index, match.Length).Contains(true)
                && TryDate(match.Groups["year"].Value, "1", "1", out var from) && TryDate(last.ToString(CultureInfo.InvariantCulture), "1", "1", out var to))
            {
                Array.Fill(taken, true, match.Index, match.Length);
                found.Add(new DateMention(match.Index, match.Length, from, DatePrecision.Year, match.Value));
                found.Add(new DateMention(match.Index, match.Length, to, DatePrecision.Year, match.Value));
            }
        }

        foreach (var match in hasDigit ? YearOnly().Matches(text) : NoMatches)
        {
            if (TryDate(match.Groups["year"].Value, "1", "1", out var date))
            {
                Take(match, date, DatePrecision.Year);
            }
        }

        if (reportDate is { } report)
        {
            foreach (var (match, date) in NamedDays(text, report))
            {
                Take(match, date, DatePrecision.Day);
            }

            // "in mid-January": that month, as near the report as a day written alone. ("early January" and "late December" are
            // not read without a year: sought in every paragraph they cost a tenth of the reading of dates, for a rare phrase.)
            foreach (var match in text.Contains("id-", StringComparison.Ordinal) ? MidMonth().Matches(text) : NoMatches)
            {
                if (NearestDay(report, match.Groups["month"].Value, "15") is { } middle)
                {
                    Take(match, new DateOnly(middle.Year, middle.Month, 1), DatePrecision.Month);
                }
            }

            foreach (var pattern in hasMonth ? [MonthDay(), DayMonth()] : Array.Empty<Regex>())
            {
                foreach (Match match in pattern.Matches(text))
                {
                    // "may 5" is a verb and a number, so a month is written with a capital; and only a
                    // day after a preposition ("on January 7") is a day of the news: "the April 30
                    // victory" names an anniversary of any year, "in March 12 provinces" counts.
                    if (char.IsUpper(match.Groups["month"].Value[0])
                        && DayPreposition().IsMatch(text.AsSpan(0, match.Index))
                        && NearestDay(report, match.Groups["month"].Value, match.Groups["day"].Value) is { } date)
                    {
                        Take(match, date, DatePrecision.Day);
                    }
                }
            }
        }

        return found.OrderBy(m => m.Index).ToList();
    }

    /// <summary>
    /// Dates typed into a search box: everything <see cref="Find"/> reads, plus ISO dates
    /// ("2024-01-07", "2024-01"), day-first numeric dates as written in Việt Nam ("7/1/2024"), and
    /// days without a year ("January 7", "7 January"), which match that day in any year.
    /// </summary>
    public static IReadOnlyList<DateQuery> ReadQuery(string text)
    {
        var found = new List<DateQuery>();
        var taken = new bool[text.Length];

        bool Free(Match match) => !Enumerable.Range(match.Index, match.Length).Any(i => taken[i]);

        void Take(Match match, DateQuery query)
        {
            Array.Fill(taken, true, match.Index, match.Length);
            found.Add(query);
        }

        foreach (Match match in IsoDate().Matches(text))
        {
            var day = match.Groups["day"].Success ? match.Groups["day"].Value : "1";
            if (TryDate(match.Groups["year"].Value, match.Groups["month"].Value, day, out var date))
            {
                var precision = match.Groups["day"].Success ? DatePrecision.Day : DatePrecision.Month;
                var range = new DateMention(0, 0, date, precision, match.Value).Range;
                Take(match, new DateQuery(match.Index, match.Length, range.From, range.To, null, null, precision, match.Value));
            }
        }

        foreach (Match match in NumericDate().Matches(text))
        {
            if (Free(match) && TryNumericDate(match, out var date))
            {
                Take(match, new DateQuery(match.Index, match.Length, date, date, null, null, DatePrecision.Day, match.Value));
            }
        }

        foreach (var mention in Find(text))
        {
            if (Enumerable.Range(mention.Index, mention.Length).All(i => !taken[i]))
            {
                Array.Fill(taken, true, mention.Index, mention.Length);
                var range = mention.Range;
                found.Add(new DateQuery(mention.Index, mention.Length, range.From, range.To, null, null, mention.Precision, mention.Text));
            }
        }

        foreach (var pattern in new[] { MonthDay(), DayMonth() })
        {
            foreach (Match match in pattern.Matches(text))
            {
                var month = MonthNumber(match.Groups["month"].Value);
                if (Free(match) && int.TryParse(match.Groups["day"].Value, out var day) && month > 0 && day >= 1 && day <= DateTime.DaysInMonth(2024, month))
                {
                    Take(match, new DateQuery(match.Index, match.Length, null, null, month, day, DatePrecision.Day, match.Value));
                }
            }
        }

        return found.OrderBy(q => q.Index).ToList();
    }

    /// <summary>
    /// The day a lead says an event took place: "on January 7", "on Monday, 7 January 2024". A day
    /// written without a year is read as the other dates of the report are (<see cref="NearestDay"/>).
    /// </summary>
    public static DateOnly? EventDay(string text, DateOnly reportDate)
    {
        var days = new List<(int Index, DateOnly Date)>();
        foreach (Match match in OnDay().Matches(text))
        {
            var date = match.Groups["year"].Success
                ? TryDate(match.Groups["year"].Value, match.Groups["month"].Value, match.Groups["day"].Value, out var written) ? written : (DateOnly?)null
                : NearestDay(reportDate, match.Groups["month"].Value, match.Groups["day"].Value);
            if (date is { } day)
            {
                days.Add((match.Index, day));
            }
        }

        foreach (Match match in RelativeDay().Matches(text))
        {
            days.Add((match.Index, RelativeTo(reportDate, match)));
        }

        // "on January 7, 1979" in a lead is history, not the day of the event.
        return days.Where(d => Math.Abs(d.Date.DayNumber - reportDate.DayNumber) <= 366)
            .OrderBy(d => d.Index)
            .Select(d => (DateOnly?)d.Date)
            .FirstOrDefault();
    }

    /// <summary>
    /// "yesterday", "this morning", "on Monday", "last Friday" (not "today’s Front", a possessive of the present): the report's day, the day before, or the latest such weekday up
    /// to the report's day ("last" Friday, written on a Friday, is the one before).
    /// </summary>
    private static DateOnly RelativeTo(DateOnly report, Match match)
    {
        if (match.Groups["yesterday"].Success)
        {
            return report.AddDays(-1);
        }

        if (!match.Groups["weekday"].Success)
        {
            return report;
        }

        var weekday = Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value, ignoreCase: true);
        var back = ((int)report.DayOfWeek - (int)weekday + 7) % 7;
        return report.AddDays(-(back == 0 && match.Groups["last"].Success ? 7 : back));
    }

    /// <summary>
    /// A day that names an anniversary, "the January 7 Victory", "of 30 April Liberation": a day
    /// of any year, so read as a day written without a year is, the nearest such day to the report
    /// within <see cref="YearlessReach"/> days. The name after it, with a capital, is what tells it
    /// from "the January 7 victory" and "the March 12 provinces", which stay unread.
    /// </summary>
    private static IEnumerable<(Match Match, DateOnly Date)> NamedDays(string text, DateOnly report)
    {
        foreach (Match match in NamedDay().Matches(text))
        {
            if (NearestDay(report, match.Groups["month"].Value, match.Groups["day"].Value) is { } date)
            {
                yield return (match, date);
            }
        }
    }

    public const int YearlessReach = 90;

    /// <summary>The day nearest to the report that is this month and day, if within <see cref="YearlessReach"/> days of it.</summary>
    /// <summary>The day a dateline gives ("Phnom Penh (FN), Jan. 7 -", "Takeo, January 6, 2015 AKP --"), as of the report's date.</summary>
    public static DateOnly? DatelineDay(string dateline, DateOnly report)
    {
        var match = DatelineDate().Match(dateline);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["year"].Success
            ? TryDate(match.Groups["year"].Value, match.Groups["month"].Value, match.Groups["day"].Value, out var written) ? written : null
            : NearestDay(report, match.Groups["month"].Value, match.Groups["day"].Value);
    }

    public static DateOnly? NearestDay(DateOnly report, string month, string day) =>
        new[] { report.Year - 1, report.Year, report.Year + 1 }
            .Select(year => TryDate(year.ToString(CultureInfo.InvariantCulture), month, day, out var date) ? date : (DateOnly?)null)
            .Where(date => date is { } d && Math.Abs(d.DayNumber - report.DayNumber) <= YearlessReach)
            .OrderBy(date => Math.Abs(date!.Value.DayNumber - report.DayNumber))
            .FirstOrDefault();

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

    public const int MaxRangeDays = 7;


    /// <summary>An ordinal word before "of" ("seventh of", "first of"): what every day written in words has, and few paragraphs.</summary>
    private static bool MayHoldOrdinalWordDay(string text)
    {
        for (var at = text.IndexOf(" of ", StringComparison.Ordinal); at >= 2; at = text.IndexOf(" of ", at + 1, StringComparison.Ordinal))
        {
            if (text.AsSpan(at - 2, 2) is "th" or "st" or "nd" or "rd")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest span of years written with its second year short ("1975-79"); a longer one is more likely a count or a score.</summary>
    private const int MaxShortSpanYears = 20;

    private static readonly List<string> OrdinalWords =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
        "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
        "twenty-ninth", "thirtieth", "thirty-first",
    ];

    /// <summary>A digit, a slash, a dot or a dash, and a digit: what every numeric date has ("7/1/1979", "7.1.1979"), and few paragraphs.</summary>
    private static bool HasJoinedDigits(string text)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(NumericDateSeparators); at >= 0; at = NextIndexOfAny(span, at + 1, NumericDateSeparators))
        {
            if (at > 0 && at + 1 < span.Length && char.IsAsciiDigit(span[at - 1]) && char.IsAsciiDigit(span[at + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextIndexOfAny(ReadOnlySpan<char> span, int from, SearchValues<char> values)
    {
        var next = span[from..].IndexOfAny(values);
        return next < 0 ? -1 : from + next;
    }

    private static readonly SearchValues<char> NumericDateSeparators = SearchValues.Create("/.-");

    /// <summary>Two numbers joined by a dash or "and" ("6-7", "6 – 7", "6 and 7"): what every range has, and few paragraphs.</summary>
    private static bool MayHoldRange(string text)
    {
        for (var i = text.AsSpan().IndexOfAny('-', '–'); i >= 0; i = NextIndex(text, i, '-', '–'))
        {
            if (DigitAround(text, i, -1) && DigitAround(text, i + 1, 1))
            {
                return true;
            }
        }

        for (var i = text.IndexOf(" and ", StringComparison.Ordinal); i >= 0; i = text.IndexOf(" and ", i + 1, StringComparison.Ordinal))
        {
            if (DigitAround(text, i, -1) && DigitAround(text, i + 5, 1))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextIndex(string text, int after, char a, char b)
    {
        var next = text.AsSpan(after + 1).IndexOfAny(a, b);
        return next < 0 ? -1 : after + 1 + next;
    }

    /// <summary>The first character that is not a space from <paramref name="from"/> on in <paramref name="step"/>'s direction (before it, for -1) is a digit.</summary>
    private static bool DigitAround(string text, int from, int step)
    {
        var i = step < 0 ? from - 1 : from;
        while (i >= 0 && i < text.Length && text[i] == ' ')
        {
            i += step;
        }

        return i >= 0 && i < text.Length && char.IsAsciiDigit(text[i]);
    }

    /// <summary>
    /// The days of a range: with its year as written, or, without one, after a preposition and as near the report as a
    /// day written alone ("on January 6-7"). Null for a range backwards, longer than <see cref="MaxRangeDays"/> or not a date.
    /// </summary>
    private static List<DateOnly>? RangeDays(string text, Match match, DateOnly? reportDate)
    {
        var month = match.Groups["month"].Value;
        if (!int.TryParse(match.Groups["day"].Value, out var first) || !int.TryParse(match.Groups["last"].Value, out var last)
            || last <= first || last - first >= MaxRangeDays)
        {
            return null;
        }

        var days = new List<DateOnly>();
        // "January 6 and 7" names two days; "January 6-8" every day from the first to the last.
        for (var day = first; day <= last; day = match.Groups["and"].Success && day < last ? last : day + 1)
        {
            var dayText = day.ToString(CultureInfo.InvariantCulture);
            DateOnly? date = match.Groups["year"].Success
                ? TryDate(match.Groups["year"].Value, month, dayText, out var written) ? written : null
                : reportDate is { } report && char.IsUpper(month[0]) && DayPreposition().IsMatch(text.AsSpan(0, match.Index))
                    ? NearestDay(report, month, dayText)
                    : null;
            if (date is null)
            {
                return null;
            }

            days.Add(date.Value);
        }

        return days;
    }

    /// <summary>
    /// A numeric date, day first ("7/1/1979" is 7 January); month first only where it can be nothing
    /// else ("1/30/2024"), so that a date written the American way is not lost.
    /// </summary>
    private static bool TryNumericDate(Match match, out DateOnly date)
    {
        string year = match.Groups["year"].Value, first = match.Groups["day"].Value, second = match.Groups["month"].Value;
        return TryDate(year, second, first, out date) || (int.Parse(second, CultureInfo.InvariantCulture) > 12 && TryDate(year, first, second, out date));
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

    private const string FullMonth = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December)";

    // What every pattern with a Month begins that month with, under the same options: a text it does not match has no such date.
    [GeneratedRegex(@"\b" + Month, RegexOptions.IgnoreCase)]
    private static partial Regex MonthWord();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + Month + @",?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\bthe\s+(?<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first)\s+of\s+" + FullMonth + @",?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalWordDayMonthYear();

    [GeneratedRegex(@"\bngày\s+(?<day>\d{1,2})\s+tháng\s+(?<month>\d{1,2})\s+năm\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseDate();

    // Not inside a longer run of numbers or a code ("No. 1975-79/QĐ", "1975-790").
    [GeneratedRegex(@"(?<![\w/.,-])(?<year>1[89]\d{2}|20\d{2})[-–](?<short>\d{2})(?![\w/-]|[.,]\d)")]
    private static partial Regex ShortYearSpan();

    // Written with a capital, the month alone: "in mid-January" (a year after it is read as a month of that year).
    [GeneratedRegex(@"\b[Mm]id-(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!,?\s+\d)")]
    private static partial Regex MidMonth();

    // Not beside a slash and letters: "Decree 15/2020/ND-CP" and "Decision No. 1979/QĐ-TTg" are numbers, not the years 2020 and 1979.
    [GeneratedRegex(@"(?<![\d.,/])\b(?<year>1[89]\d{2}|20\d{2})\b(?![\d.,]\d|/\p{L})")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"\b(?<year>\d{4})-(?<month>\d{1,2})(?:-(?<day>\d{1,2}))?\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<day>\d{1,2})[/.](?<month>\d{1,2})[/.](?<year>\d{4})\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?:" + Month + @"\s+(?<day>\d{1,2})\s*(?:[-–]|\s(?<and>and)\s)\s*(?<last>\d{1,2})|(?<day>\d{1,2})\s*(?:[-–]|\s(?<and>and)\s)\s*(?<last>\d{1,2})\s+(?:of\s+)?" + Month + @")(?:,?\s+(?<year>\d{4}))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayRange();

    // One separator twice, a slash, a dot or a dash, and not inside a longer run of numbers ("No. 12/3/2024/ND-CP", "1.2.3.2024").
    [GeneratedRegex(@"(?<![\w/.,-])(?<day>\d{1,2})(?<separator>[/.-])(?<month>\d{1,2})\k<separator>(?<year>\d{4})(?![\w/-]|[.,]\d)")]
    private static partial Regex NumericDateInProse();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    // "on January 7", "on Sunday, January 7", "on Saturday (January 6)", "on the morning of January 6": a weekday or a time of day may stand between.
    [GeneratedRegex(@"\b(?:on|until|till|by|from|since|to|through|before|after)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*\(?\s*|the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DayPreposition();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?:on|of|dated|until|till|by|from|since|to|through|before|after|between|and)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex NumericDatePreposition();

    [GeneratedRegex(@"(?<=\b(?:[Tt]he|of)\s+)(?:" + FullMonth + @"\s+(?<day>\d{1,2})|(?<day>\d{1,2})\s+" + FullMonth + @")(?=\s+\p{Lu}\p{Ll})")]
    private static partial Regex NamedDay();

    // Written as leads write it, with a capital: "on may 5" is not a day; a day before the month takes only a full month name.
    [GeneratedRegex(@"\b(?i:yesterday)\b(?<yesterday>)|\b(?:this\s+(?:morning|afternoon|evening)|today)\b(?!['’]s)|\b(?:[Oo]n|(?<last>[Ll]ast))\s+(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s+(?:\d|" + FullMonth + "))")]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\b[Oo]n\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(?:\p{L}+day,?\s+)?(?:" + Month + @"\s+(?<day>\d{1,2})|(?<day>\d{1,2})\s+" + FullMonth + @")(?:,?\s+(?<year>\d{4}))?")]
    private static partial Regex OnDay();

    [GeneratedRegex(@"\b(?:" + Month + @"\s+(?<day>\d{1,2})|(?<day>\d{1,2})\s+" + FullMonth + @")\b(?:,?\s+(?<year>\d{4}))?")]
    private static partial Regex DatelineDate();
}
