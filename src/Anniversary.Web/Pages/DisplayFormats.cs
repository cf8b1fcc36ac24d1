using System.Globalization;

namespace Anniversary.Web.Pages;

/// <summary>How the site writes dates for people: "Sunday, 7 January 2024" inside <c>&lt;time datetime&gt;</c>.</summary>
public static class DisplayFormats
{
    public static string LongDate(DateOnly date) => date.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string ShortDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string MachineDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
