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

    [Fact]
    public void Words_sought_once_answer_for_many_texts_as_the_words_sought_for_each_text()
    {
        var corpus = new SyntheticCorpus(seed: 12);
        var texts = Enumerable.Range(0, 100).SelectMany(_ => corpus.Next().Split("\n\n")).Take(300).ToList();
        List<string>[] searches = [["hanoi"], ["ha", "noi"], ["nguyen", "van"], ["friendship", "ceremony"], [.. SearchText.Words(texts[0]).Take(3)]];

        var held = 0;
        foreach (var words in searches)
        {
            var sought = new SearchText.WordsSought(words);
            foreach (var text in texts)
            {
                var expected = words.All(word => SearchText.Words(text).Any(w => w == word || EnglishStems.Of(w) == EnglishStems.Of(word)));
                Assert.Equal(expected, sought.HeldBy(text));
                held += expected ? 1 : 0;
            }
        }

        Assert.True(held > 0, "no text held the words of any search");
    }
}
