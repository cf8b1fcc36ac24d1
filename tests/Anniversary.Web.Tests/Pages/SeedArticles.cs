using AngleSharp.Dom;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Pages;

/// <summary>The two seed reports as the site publishes them: permalinks are permanent, so tests may name them.</summary>
public static class SeedArticles
{
    public const string CeremonyUrl = "/articles/2024/01/07/hanoi-ceremony-marks-45th-anniversary-of-southwest-border-defense-victory";
    public const string CeremonyHeadline = "Hanoi ceremony marks 45th anniversary of southwest border defense victory";

    public const string GatheringUrl = "/articles/2024/01/06/ha-noi-meeting-marks-45-years-since-victory-of-southwestern-border-defence";
    public const string GatheringHeadline = "Hà Nội meeting marks 45 years since victory of southwestern border defence";

    /// <summary>Follows a deep link such as <c>/articles/…#p-4</c> to the paragraph it names; fails when there is none.</summary>
    public static async Task<IElement> GetParagraphAsync(this HttpClient client, string deepLink)
    {
        var hash = deepLink.IndexOf('#');
        Assert.True(hash > 0, $"'{deepLink}' names no paragraph");
        var document = await client.GetDocumentAsync(deepLink[..hash]);
        var paragraph = document.GetElementById(deepLink[(hash + 1)..]);
        Assert.True(paragraph is not null, $"'{deepLink}' points at no element");
        Assert.Equal("p", paragraph.LocalName);
        return paragraph;
    }
}
