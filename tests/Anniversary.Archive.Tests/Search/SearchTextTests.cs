using Anniversary.Archive.Corpus;
using Anniversary.Archive.Search;

namespace Anniversary.Archive.Tests.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Ceremony in Ha Noi", "hanoi", true)]
    [InlineData("Ceremony in Hà Nội", "hanoi", true)]
    [InlineData("Ceremony in Ha-Noi", "hanoi", true)]
    [InlineData("Ceremony in Hanoi", "hanoi", true)]
    [InlineData("Ceremony in Ha Noi", "noi", false)]
    [InlineData("Ceremony in Ha Noi", "ceremony", true)]
    [InlineData("Lễ kỷ niệm Chiến thắng", "chien", true)]
    [InlineData("Ceremony in Hue", "hanoi", false)]
    public void A_text_holds_a_word_as_the_index_sees_it(string text, string word, bool holds)
    {
        Assert.Equal(holds, SearchText.HoldsAll(text, [word]));
    }

    [Fact]
    public void Holding_words_agrees_with_the_index_words_of_generated_headlines_and_paragraphs()
    {
        var corpus = new SyntheticCorpus(seed: 11);
        var texts = Enumerable.Range(0, 200).SelectMany(_ => corpus.Next().Split("\n\n")).ToList();
        var probes = texts.SelectMany(SearchText.Words).Distinct().Take(400).ToList();

        foreach (var text in texts.Take(60))
        {
            var words = SearchText.Words(text).Select(EnglishStems.Of).ToHashSet();
            foreach (var probe in probes)
            {
                Assert.Equal(words.Contains(EnglishStems.Of(probe)), SearchText.HoldsAll(text, [probe]));
            }
        }

        Assert.True(probes.Count > 100, $"{probes.Count} words probed");
    }
}
