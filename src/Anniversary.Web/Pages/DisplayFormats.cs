using System.Globalization;
using Anniversary.Archive.Model;
using Anniversary.Archive.Text;

namespace Anniversary.Web.Pages;

/// <summary>How the site writes things for people: "Sunday, 7 January 2024" inside <c>&lt;time datetime&gt;</c>.</summary>
public static class DisplayFormats
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string LongDate(DateOnly date) => date.ToString("dddd, d MMMM yyyy", English);

    public static string ShortDate(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>"1,234": grouped as English is written, whatever the server's culture.</summary>
    public static string Number(int number) => number.ToString("N0", English);

    public static string MachineDate(DateOnly date) => date.ToString("yyyy-MM-dd", English);

    /// <summary>A date at the precision it was written: "7 January 1979", "April 1975", "1975".</summary>
    public static string AtPrecision(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => ShortDate(date),
        DatePrecision.Month => date.ToString("MMMM yyyy", English),
        _ => date.ToString("yyyy", English),
    };

    /// <summary>The <c>datetime</c> attribute at the same precision: "1979-01-07", "1975-04", "1975".</summary>
    public static string MachineAtPrecision(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => MachineDate(date),
        DatePrecision.Month => date.ToString("yyyy-MM", English),
        _ => date.ToString("yyyy", English),
    };

    public static string DatePage(DateOnly date, DatePrecision precision) => $"/dates/{MachineAtPrecision(date, precision)}";

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string PartName(Part part) => part switch
    {
        Part.Speaker => "speaker",
        Part.Quoted => "quoted",
        Part.Attendee => "present",
        _ => "mentioned",
    };

    /// <summary>
    /// The time from one date to a later one, each known to its precision: whole years ("3 years"
    /// from April 1975 to 7 January 1979, which reports call three years and eight months), under a
    /// year whole months, or days; calendar years when either date is known only to its year.
    /// </summary>
    public static string TimeElapsed(DateOnly from, DatePrecision fromPrecision, DateOnly to, DatePrecision toPrecision)
    {
        if (fromPrecision == DatePrecision.Year || toPrecision == DatePrecision.Year)
        {
            return Count(Math.Abs(to.Year - from.Year), "year");
        }

        var months = (to.Year - from.Year) * 12 + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);
        return months >= 12 ? Count(months / 12, "year") : months >= 1 ? Count(months, "month") : Count(to.DayNumber - from.DayNumber, "day");
    }

    private static string Count(int number, string unit) => number == 1 ? $"1 {unit}" : $"{number} {unit}s";
}
