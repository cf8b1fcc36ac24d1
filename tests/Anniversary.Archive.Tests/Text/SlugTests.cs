using System.Text.RegularExpressions;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Text;

public sealed partial class SlugTests
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [Theory]
    [InlineData("Hà Nội meeting marks 45 years since victory of southwestern border defence", "ha-noi-meeting-marks-45-years-since-victory-of-southwestern-border-defence")]
    [InlineData("Hanoi ceremony marks 45th anniversary of southwest border defense victory", "hanoi-ceremony-marks-45th-anniversary-of-southwest-border-defense-victory")]
    [InlineData("Đồng Tháp: Tet flower market opens", "dong-thap-tet-flower-market-opens")]
    [InlineData("  Vietnam–Cambodia (1979 – 2024)!  ", "vietnam-cambodia-1979-2024")]
    [InlineData("“Helping others means helping oneself”", "helping-others-means-helping-oneself")]
    public void A_slug_is_folded_text_in_lower_case_words_joined_by_hyphens(string title, string slug)
    {
        Assert.Equal(slug, Slug.From(title));
    }

    [Theory]
    [InlineData("Lê Kim Anh, President of the Hanoi Women’s Union")]
    [InlineData("A gathering took place in Hà Nội on January 6 to celebrate the 45th anniversary of the victory of…")]
    [InlineData("--- ### ---")]
    [InlineData("Ñandú Ærø Straße")]
    public void A_slug_holds_only_lower_case_letters_digits_and_single_inner_hyphens(string title)
    {
        var slug = Slug.From(title);

        Assert.True(slug.Length == 0 || SlugPattern().IsMatch(slug), slug);
        Assert.True(slug.Length <= Slug.MaxLength, slug);
    }

    [Fact]
    public void A_title_with_no_latin_letters_or_digits_gives_an_empty_slug()
    {
        Assert.Equal(string.Empty, Slug.From("東京 — ***"));
    }

    [Theory]
    [InlineData(10, "alpha-beta")] // the cut falls on a hyphen
    [InlineData(9, "alpha")] // the cut falls inside "beta"
    [InlineData(12, "alpha-beta")]
    [InlineData(16, "alpha-beta-gamma")]
    public void A_long_slug_is_cut_at_a_word_boundary(int maxLength, string slug)
    {
        Assert.Equal(slug, Slug.From("Alpha beta gamma", maxLength));
    }

    [Fact]
    public void A_long_title_is_cut_to_whole_words_within_the_limit()
    {
        const string title = "High-ranking leaders and people of Vietnam and Cambodia recalled the Vietnam-Cambodia coordination to fight their common enemies";
        var full = Slug.From(title, int.MaxValue);

        var slug = Slug.From(title);

        Assert.True(slug.Length <= Slug.MaxLength, $"{slug.Length}: {slug}");
        Assert.StartsWith(slug, full, StringComparison.Ordinal);
        Assert.Equal('-', full[slug.Length]);
        Assert.Equal("high-ranking-leaders-and-people-of-vietnam-and-cambodia-recalled-the-vietnam", slug);
    }

    [Fact]
    public void A_single_word_longer_than_the_limit_is_cut_hard()
    {
        Assert.Equal(new string('a', 20), Slug.From(new string('A', 30), 20));
    }
}
