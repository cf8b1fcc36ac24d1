namespace Anniversary.Archive.Corpus;

/// <summary>
/// How long generated reports are: between <see cref="MinParagraphs"/> and <see cref="MaxParagraphs"/>
/// body paragraphs, each grown with whole sentences to at most a number of words drawn between <see cref="MinWords"/> and <see cref="MaxWords"/>
/// words (0: one templated sentence, as the scale tests always had). Sized shapes draw people and
/// places by rank (Zipf), as an agency's copy names a few often and most rarely.
/// </summary>
public sealed record CorpusShape(string Name, int MinParagraphs, int MaxParagraphs, int MinWords, int MaxWords)
{
    /// <summary>One sentence a paragraph, people and places drawn evenly: what the tests and the older benchmarks generate.</summary>
    public static readonly CorpusShape Sentences = new("sentences", 5, 20, 0, 0);

    /// <summary>The family's real mean: about 1.9 KB, 7–8 paragraphs.</summary>
    public static readonly CorpusShape Real = new("real", 6, 9, 20, 66);

    /// <summary>The long end of the family: about 5.2 KB, 5–20 paragraphs of up to 30–106 words.</summary>
    public static readonly CorpusShape Long = new("long", 5, 20, 30, 106);

    public static readonly IReadOnlyList<CorpusShape> All = [Sentences, Real, Long];

    public bool Sized => MaxWords > 0;

    public static CorpusShape? Named(string name) => All.FirstOrDefault(shape => shape.Name == name);
}
