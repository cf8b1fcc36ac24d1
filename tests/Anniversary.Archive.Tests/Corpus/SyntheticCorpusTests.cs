using System.Text;
using System.Text.RegularExpressions;
using Anniversary.Archive.Corpus;
using Anniversary.Archive.Parsing;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Corpus;

public sealed class SyntheticCorpusTests
{
    [Theory]
    [InlineData("real", 1_700, 2_100)]
    [InlineData("long", 4_600, 5_600)]
    public void A_sized_shape_writes_reports_of_its_mean_length_that_parse(string shape, int fewestBytes, int mostBytes)
    {
        var corpus = new SyntheticCorpus(seed: 4, CorpusShape.Named(shape));
        var reports = Enumerable.Range(0, 400).Select(_ => corpus.Next()).ToList();

        var mean = reports.Average(report => Encoding.UTF8.GetByteCount(report));
        Assert.InRange(mean, fewestBytes, mostBytes);
        Assert.All(reports, report => Assert.NotNull(SeedParser.Parse(report).Article));
    }

    [Fact]
    public void A_sized_shape_reports_from_a_few_places_often_and_from_most_rarely()
    {
        var corpus = new SyntheticCorpus(seed: 4, CorpusShape.Real);
        var places = Enumerable.Range(0, 600).Select(_ => Regex.Match(corpus.Next(), "took place in (.+?) on ").Groups[1].Value)
            .GroupBy(place => Slug.From(place)).Select(g => g.Count()).OrderDescending().ToList();

        Assert.True(places[0] >= 5 * places[^1], $"the most frequent place {places[0]} times, the rarest {places[^1]}");
    }

    [Fact]
    public void The_default_shape_writes_paragraphs_of_one_sentence()
    {
        var corpus = new SyntheticCorpus(seed: 3);
        var paragraphs = Enumerable.Range(0, 50).SelectMany(_ => SeedParser.Parse(corpus.Next()).Article!.Paragraphs).ToList();

        Assert.All(paragraphs, paragraph => Assert.InRange(paragraph.Text.Split(' ').Length, 3, 35));
    }
}
