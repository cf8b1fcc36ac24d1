using Anniversary.Archive.Model;
using Anniversary.Archive.Parsing;

namespace Anniversary.Archive.Extraction;

/// <summary>
/// One article as the extractor reads it: its elements as tokenised blocks and the people found so
/// far. Made anew for every article and passed to each part, so nothing is carried from one article to the next.
/// </summary>
internal sealed class ExtractionContext
{
    private int _order;

    public ExtractionContext(ParsedArticle article)
    {
        Article = article;
        var number = 0;
        Blocks = article.Elements
            .Select((element, position) => new Block(element.Text, element is BodyParagraph ? ++number : null, position, Tokenizer.Tokenize(element.Text)))
            .ToList();
    }

    public ParsedArticle Article { get; }

    public List<Block> Blocks { get; }

    /// <summary>The people by folded name, in the order they are first named.</summary>
    public Dictionary<string, PersonState> People { get; } = [];

    /// <summary>Marks the person as the latest one read: "he", a lone name or a role refers to the latest fitting person.</summary>
    public void See(PersonState person) => person.LastSeen = ++_order;
}

/// <summary>A body paragraph (numbered) or a caption (not), its tokens and the people it names.</summary>
internal sealed class Block(string text, int? paragraph, int position, List<Token> tokens)
{
    public string Text { get; } = text;

    public int? Paragraph { get; } = paragraph;

    public int Position { get; } = position;

    public List<Token> Tokens { get; } = tokens;

    public List<Mention> Mentions { get; } = [];

    /// <summary>The tokens that are no part of a name (<see cref="NameReader"/>), found once for the block.</summary>
    public bool[]? PlaceMask { get; set; }

    /// <summary>Of those, the tokens of a known place, found with <see cref="PlaceMask"/>.</summary>
    public bool[]? KnownPlaceMask { get; set; }

    public bool InMention(int token)
    {
        foreach (var mention in Mentions)
        {
            if (token >= mention.Start && token <= mention.End)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A person named by the tokens from <see cref="Start"/> to <see cref="End"/>, both included.</summary>
internal sealed record Mention(PersonState Person, int Start, int End);

internal enum Gender
{
    Unknown,
    Male,
    Female,
}

/// <summary>A person as the article's reading has them so far.</summary>
internal sealed class PersonState(string name, string key, int firstSeen)
{
    public string Name { get; } = name;

    public string Key { get; } = key;

    public int FirstSeen { get; } = firstSeen;

    public int LastSeen { get; set; }

    /// <summary>The position of the block that first names the person: "she" never means a woman the report has not named yet.</summary>
    public int FirstBlock { get; init; }

    /// <summary>Every distinct role the article gives; the fullest one is the person's role here.</summary>
    public List<string> Roles { get; } = [];

    public string? Role => Roles.MaxBy(r => r.Length);

    /// <summary>The folded words of the honorifics written before the person's name ("samdech", "thipadei").</summary>
    public HashSet<string> HonorificWords { get; } = [];

    public Gender Gender { get; set; }

    /// <summary>Written with their age or a clause about their life after the name ("Colonel X, 72, who fought …"): a person, not a post.</summary>
    public bool DescribedByLife { get; set; }

    /// <summary>Nouns for a person in the phrases written after the name ("X, a survivor of the regime,"), folded: "the survivor" is this person.</summary>
    public HashSet<string> DescribedAs { get; } = [];

    /// <summary>The age written after the name ("Đinh Văn Mạnh, 70,"), as written: "the 70-year-old" is this person.</summary>
    public string? Age { get; set; }

    public Part Part { get; set; } = Part.Mentioned;

    /// <summary>The last paragraph read as this person's words: "She …" opening the next one may continue them.</summary>
    public int? LastSpokeIn { get; set; }
}
