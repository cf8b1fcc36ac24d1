using System.Text;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Text;

public sealed class TextFoldingTests
{
    [Fact]
    public void A_name_with_and_without_diacritics_folds_equal()
    {
        Assert.Equal(TextFolding.Fold("Le Kim Anh"), TextFolding.Fold("Lê Kim Anh"));
        Assert.Equal("le kim anh", TextFolding.Fold("Lê Kim Anh"));
    }

    [Theory]
    [InlineData("Đồng Tháp", "dong thap")]
    [InlineData("đồng tháp", "dong thap")]
    [InlineData("HÀ NỘI", "ha noi")]
    [InlineData("Việt Nam", "viet nam")]
    [InlineData("Hồ Chí Minh", "ho chi minh")]
    [InlineData("Nguyễn Phú Trọng", "nguyen phu trong")]
    [InlineData("Phnom Penh", "phnom penh")]
    [InlineData("", "")]
    public void Folding_removes_case_and_diacritics(string text, string folded)
    {
        Assert.Equal(folded, TextFolding.Fold(text));
    }

    [Fact]
    public void Both_tone_placements_fold_equal()
    {
        // "hoà" puts the tone on the a (old style), "hòa" on the o (new style).
        Assert.NotEqual("hoà", "hòa");
        Assert.Equal(TextFolding.Fold("hòa"), TextFolding.Fold("hoà"));
        Assert.Equal("hoa", TextFolding.Fold("hoà"));
        Assert.Equal(TextFolding.Fold("Thuỷ"), TextFolding.Fold("Thủy"));
    }

    [Fact]
    public void Composed_and_decomposed_text_fold_equal()
    {
        const string composed = "Lê Kim Anh, Đồng Tháp";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        Assert.Equal(TextFolding.Fold(composed), TextFolding.Fold(decomposed));
    }

    [Fact]
    public void Punctuation_and_digits_are_kept()
    {
        Assert.Equal("45th anniversary (1979 – 2024).", TextFolding.Fold("45th Anniversary (1979 – 2024)."));
    }
}
