using Anniversary.Archive.Parsing;

namespace Anniversary.Archive.Extraction;

/// <summary>
/// Reads who said what, when and where from a parsed article, by rules over the lexicon: the event
/// of the lead, named people with their roles and parts, the paragraphs each speaker said, the dates
/// the text mentions and the moments it reports. Deterministic and free of I/O; one part per kind of
/// fact, each given the article's <see cref="ExtractionContext"/>, so one extractor reads any number of articles.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly Lexicon _lexicon;
    private readonly NameReader _names;
    private readonly RoleReader _roles;
    private readonly SpeakerReader _speakers;
    private readonly PartReader _parts;
    private readonly EventReader _events;
    private readonly MomentReader _moments;

    public ArticleExtractor(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _names = new NameReader(lexicon);
        _roles = new RoleReader(lexicon);
        _speakers = new SpeakerReader(lexicon, _roles);
        _parts = new PartReader(lexicon);
        _events = new EventReader(lexicon);
        _moments = new MomentReader(lexicon);
    }

    public static ArticleExtractor Default { get; } = new(Lexicon.Default);

    public static ArticleFacts Extract(ParsedArticle article) => Default.Read(article);

    public ArticleFacts Read(ParsedArticle article)
    {
        var context = new ExtractionContext(article);
        ReadPeople(context);
        var statements = _speakers.ReadStatements(context);
        _parts.ReadParts(context);

        return new ArticleFacts(
            _events.ReadEvent(context),
            context.People.Values.OrderBy(p => p.Part).ThenBy(p => p.FirstSeen)
                .Select(p => (Person: p, Roles: _roles.RolesShown(p)))
                .Select(p => new ExtractedPerson(p.Person.Name, p.Person.Key, p.Roles.Count == 0 ? null : p.Person.Role, p.Roles,
                    p.Person.Roles.Select(_lexicon.CountryOf).FirstOrDefault(c => c is not null), p.Person.Part))
                .ToList(),
            statements.All.Select(s => new ExtractedStatement(s.Speaker.Key, s.Paragraph)).ToList(),
            DateReader.ReadDates(context),
            _moments.ReadMoments(context, statements.Speakers),
            context.Blocks.SelectMany(b => b.Mentions
                    .Where(m => m.End > m.Start)
                    .Select(m => new ExtractedMention(b.Position, b.Tokens[m.Start].Start, b.Tokens[m.End].End - b.Tokens[m.Start].Start, m.Person.Key)))
                .ToList());
    }

    /// <summary>
    /// Full names first, in every block; then, block by block, the lone words that stand for them and
    /// the roles around each mention, in reading order, since a lone word means the person read last.
    /// </summary>
    internal void ReadPeople(ExtractionContext context)
    {
        _names.FindPeople(context);
        var shortNames = NameReader.ShortNames(context.People.Values);
        foreach (var block in context.Blocks)
        {
            _names.AddShortReferences(block, shortNames);
            block.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            foreach (var mention in block.Mentions)
            {
                context.See(mention.Person);
                _roles.AddRoles(block, mention);
            }
        }
    }
}
