using Anniversary.Archive.Reading;

namespace Anniversary.Archive.Tests.Reading;

public sealed class ArticleElementTests
{
    [Theory]
    [InlineData("VNA", "Photo: VNA")]
    [InlineData("Supplied", "Photo: Supplied")]
    [InlineData("File photo", "File photo")]
    [InlineData("VNA Photo", "VNA Photo")]
    [InlineData(null, null)]
    public void A_caption_says_photo_once(string? credit, string? shown)
    {
        Assert.Equal(shown, new ArticleElement(1, null, null, null, "Guests at the fair.", credit).CreditShown());
    }
}
