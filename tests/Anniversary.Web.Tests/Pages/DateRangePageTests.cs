using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Pages;

/// <summary>A site whose only report gives a range of days ("on January 5-6"): each day's page lists it, its year's page names the range once.</summary>
public sealed class DateRangePageTests(DateRangePageTests.RangeSite site) : IClassFixture<DateRangePageTests.RangeSite>
{
    private const string Range = "January 5-6";

    private readonly HttpClient _client = site.Factory.CreateClient();

    [Theory]
    [InlineData("/dates/2024-01-05")]
    [InlineData("/dates/2024-01-06")]
    public async Task Each_day_of_the_range_lists_the_paragraph_that_gives_it(string url)
    {
        var document = await _client.GetDocumentAsync(url);

        var mention = Assert.Single(document.QuerySelectorAll("section[aria-labelledby=mentions] .statement"));
        Assert.Contains($"on {Range} to mark", mention.QuerySelector(".statement__text")!.TextContent);
    }

    [Fact]
    public async Task The_years_page_names_the_range_once_at_its_first_day()
    {
        var document = await _client.GetDocumentAsync("/dates/2024");

        var mention = Assert.Single(document.QuerySelectorAll("section[aria-labelledby=mentions] .statement"));
        var dates = mention.QuerySelectorAll(".statement__source time").Select(t => (t.TextContent, t.GetAttribute("datetime"))).ToList();
        Assert.Equal([(Range, "2024-01-05")], dates);
    }

    public sealed class RangeSite : IDisposable
    {
        private readonly TempFolder _seeds = new();

        public RangeSite()
        {
            File.WriteAllText(_seeds.File("range.txt"),
                $"date 2024-01-08 Veterans met in Takeo\n\nVeterans and guests met in Takeo province on {Range} to mark the 45th anniversary of the victory.\n\nThe meeting closed with a concert.\n");
            Factory = new ArchiveWebFactory { SeedsPath = _seeds.Path };
        }

        public ArchiveWebFactory Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            _seeds.Dispose();
        }
    }
}
