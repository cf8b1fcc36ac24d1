using System.Text;
using Anniversary.Archive.Search;

namespace Anniversary.Archive.Data.Postgres;

/// <summary>
/// The search index: one row per article (headline, people, standfirst, body and captions) and one
/// per body paragraph (a statement when a speaker said it), each a <c>tsvector</c> under a GIN index.
/// The vector is made here, not by a PostgreSQL text-search configuration: its words are
/// <see cref="SearchText.Words"/> of the text the importer normalised, each kept by its
/// <see cref="EnglishStems"/> stem — the folding, place spellings, word splitting and stems of the
/// SQLite engine's index, by construction, where <c>unaccent</c> and the <c>english</c> dictionary
/// would each differ from them somewhere (Snowball is not Porter; it also drops stop words). The
/// query's words go through the same two functions (<see cref="PostgresSearchQuery"/>).
/// </summary>
public static class PostgresSearchEntries
{
    public const string Table = "SearchEntries";

    // PostgreSQL's bounds: a position above this is stored as this; a word keeps at most 256
    // positions; a word is at most 2,046 bytes (a longer one is cut, in the index and in queries alike).
    private const int MaxPosition = 16_383, MaxPositions = 256, MaxLexemeBytes = 2_046;

    /// <summary>
    /// The words of a row: the headline weighted A, people B, the body D (for ranking), one position
    /// left empty between them so that a phrase never runs from one into the next, as in an FTS5 column.
    /// An article's body is its parts, each a paragraph of its own (and the standfirst with the
    /// captions), as the SQLite engine finds a phrase only inside one of its rows.
    /// </summary>
    internal static string Vector(string title, string people, params IEnumerable<string> body)
    {
        var positions = new Dictionary<string, List<(int Pos, char Weight)>>(StringComparer.Ordinal);
        var position = 0;
        foreach (var (text, weight) in body.Select(part => (part, 'D')).Prepend((people, 'B')).Prepend((title, 'A')))
        {
            foreach (var word in SearchText.Words(text))
            {
                position = Math.Min(position + 1, MaxPosition);
                var stem = Lexeme(word);
                if (!positions.TryGetValue(stem, out var list))
                {
                    positions[stem] = list = [];
                }

                if (list.Count < MaxPositions && (list.Count == 0 || list[^1].Pos < position))
                {
                    list.Add((position, weight));
                }
            }

            position = Math.Min(position + 1, MaxPosition);
        }

        // The vector's text form, which PostgreSQL reads itself (Npgsql's own reading of it is obsolete);
        // a lexeme holds letters and digits only, so quoting it is enough.
        var vector = new StringBuilder();
        foreach (var (lexeme, at) in positions)
        {
            vector.Append('\'').Append(lexeme).Append("':").AppendJoin(',', at.Select(p => $"{p.Pos}{p.Weight}")).Append(' ');
        }

        return vector.ToString();
    }

    /// <summary>The lexeme of an index word: its stem, cut to the length PostgreSQL takes.</summary>
    internal static string Lexeme(string word)
    {
        var stem = EnglishStems.Of(word);
        if (Encoding.UTF8.GetByteCount(stem) <= MaxLexemeBytes)
        {
            return stem;
        }

        var length = 0;
        for (var bytes = 0; length < stem.Length; length += char.IsHighSurrogate(stem[length]) ? 2 : 1)
        {
            bytes += Encoding.UTF8.GetByteCount(stem.AsSpan(length, char.IsHighSurrogate(stem[length]) ? 2 : 1));
            if (bytes > MaxLexemeBytes)
            {
                break;
            }
        }

        return stem[..length];
    }
}
