using Anniversary.Archive.Text;
using Anniversary.Web.Pages;

namespace Anniversary.Web.Tests.Pages;

/// <summary>Time between dates as the timeline writes it, to the precision each date is known.</summary>
public sealed class DisplayFormatsTests
{
    [Theory]
    [InlineData("1975-04-01", DatePrecision.Month, "1979-01-07", DatePrecision.Day, "3 years")]
    [InlineData("2017-07-01", DatePrecision.Month, "2024-01-07", DatePrecision.Day, "6 years")]
    [InlineData("1978-12-01", DatePrecision.Month, "1979-01-07", DatePrecision.Day, "1 month")]
    [InlineData("1979-01-01", DatePrecision.Day, "1979-01-07", DatePrecision.Day, "6 days")]
    [InlineData("1979-01-07", DatePrecision.Day, "1989-01-01", DatePrecision.Year, "10 years")]
    [InlineData("1975-01-01", DatePrecision.Year, "1979-01-07", DatePrecision.Day, "4 years")]
    public void Time_elapsed_counts_whole_units_or_calendar_years_for_a_date_known_to_its_year(
        string from, DatePrecision fromPrecision, string to, DatePrecision toPrecision, string expected)
    {
        Assert.Equal(expected, DisplayFormats.TimeElapsed(DateOnly.Parse(from), fromPrecision, DateOnly.Parse(to), toPrecision));
    }
}
