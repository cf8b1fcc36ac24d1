using System.Text;
using System.Text.RegularExpressions;
using Anniversary.Archive.Search;
using Anniversary.Archive.Text;
using Microsoft.Data.Sqlite;

namespace Anniversary.Archive.Tests.Search;

/// <summary>
/// The query parser: what a reader types becomes an FTS5 expression built only by the parser
/// (quoted index words, AND, OR, NOT, parentheses), and the expression means what the help text
/// says. Meaning is checked by running it on a small FTS5 table with the index's tokenizer.
/// </summary>
public sealed partial class SearchQueryParserTests : IDisposable
{
    private static readonly string[] Documents =
    [
        "Pol Pot regime fell on January 7",
        "the reactionary force of Pol Pot - Ieng Sary",
        "50 gift packages were presented",
        "packages and a gift for veterans",
        "a ceremony in Hà Nội",
        "Hanoi Women’s Union",
        "a gathering in Đồng Tháp",
        "Hòa Bình province",
        "Phnom Penh was liberated on 7 January 1979",
    ];

    private readonly SqliteConnection _fts = OpenIndex(Documents);

    public void Dispose() => _fts.Dispose();

    [Theory]
    [InlineData("title:khai")]
    [InlineData("people:\"le minh khai\"")]
    [InlineData("{title body}: khai")]
    [InlineData("khai*")]
    [InlineData("^khai")]
    [InlineData("NEAR(khai pol, 2)")]
    [InlineData("khai NEAR/3 pol")]
    [InlineData("khai AND pol")]
    [InlineData("khai NOT pol")]
    [InlineData("AND OR NOT NEAR")]
    [InlineData("(khai OR pol")]
    [InlineData("khai) OR (pol")]
    [InlineData("\"khai")]
    [InlineData("\"\"\"")]
    [InlineData("khai\"pol\"")]
    [InlineData("\"khai\" + \"pol\"")]
    [InlineData("OR khai")]
    [InlineData("khai OR")]
    [InlineData("khai OR OR pol")]
    [InlineData("- khai")]
    [InlineData("--khai -\"pol pot\" -")]
    [InlineData("'; DROP TABLE Articles; --")]
    [InlineData("rank MATCH bm25(SearchEntries)")]
    [InlineData("khai\0pol\u0001OR\u0001ieng")]
    [InlineData("Hà Nội AND Đồng Tháp OR \"hoà bình\"")]
    [InlineData("*")]
    [InlineData("^")]
    [InlineData(":")]
    public void Fts5_syntax_typed_by_a_reader_never_reaches_the_expression(string input)
    {
        var query = SearchQueryParser.Parse(input);

        AssertOnlyParserSyntax(query.Match, latin: true);
        Assert.Null(RunOrError(query.Match));
    }

    [Fact]
    public void Random_hostile_input_always_gives_an_expression_fts5_accepts_made_only_of_parser_syntax()
    {
        var random = new Random(1979_01_07);
        string[] pieces = ["AND", "OR", "NOT", "NEAR", "(", ")", "\"", "-", "*", "^", ":", "title:", "{", "}", "+", "'", "khai", "Hà Nội", "1979", "January 7", " ", "  "];
        var failures = new List<string>();
        for (var i = 0; i < 20_000; i++)
        {
            var input = new StringBuilder();
            for (var n = random.Next(1, 30); n > 0; n--)
            {
                input.Append(random.Next(3) == 0 ? (char)random.Next(0, 0x10000) : pieces[random.Next(pieces.Length)]);
            }

            try
            {
                var query = SearchQueryParser.Parse(input.ToString());
                AssertOnlyParserSyntax(query.Match, latin: false);
                Assert.True(query.Text.Length <= SearchQueryParser.MaxLength);
                if (RunOrError(query.Match) is { } error)
                {
                    failures.Add($"{Escape(input.ToString())} -> {query.Match} -> {error}");
                }
            }
            catch (Exception exception)
            {
                failures.Add($"{Escape(input.ToString())} -> {exception.GetType().Name}: {exception.Message.Split('\n')[0]}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} inputs failed, for example:\n" + string.Join('\n', failures.Take(10)));
    }

    [Fact]
    public void Every_utf16_code_unit_alone_or_between_words_is_parsed_without_an_exception()
    {
        var failures = new List<string>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            foreach (var input in new[] { ((char)c).ToString(), $"khai{(char)c}pol", $"\"{(char)c}\" -{(char)c}" })
            {
                try
                {
                    AssertOnlyParserSyntax(SearchQueryParser.Parse(input).Match, latin: false);
                }
                catch (Exception exception)
                {
                    failures.Add($"U+{c:X4} in {Escape(input)}: {exception.GetType().Name}: {exception.Message.Split('\n')[0]}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} inputs failed:\n" + string.Join('\n', failures.Take(10)));
    }

    [Theory]
    [InlineData("gift packages", new[] { 3, 4 })]
    [InlineData("GIFT Packages", new[] { 3, 4 })]
    [InlineData("\"gift packages\"", new[] { 3 })]
    [InlineData("\"gift packages", new[] { 3 })]
    [InlineData("gift OR hanoi", new[] { 3, 4, 5, 6 })]
    [InlineData("ceremony OR union hanoi", new[] { 5, 6 })]
    [InlineData("\"gift packages\" OR \"women s union\"", new[] { 3, 6 })]
    [InlineData("pol pot -ieng", new[] { 1 })]
    [InlineData("pol pot -ieng -regime", new int[0])]
    [InlineData("packages -\"gift packages\"", new[] { 4 })]
    [InlineData("Pol Pot - Ieng Sary", new[] { 2 })]
    [InlineData("gift or packages", new int[0])]
    public void The_documented_syntax_means_what_the_help_says(string input, int[] expected)
    {
        var query = SearchQueryParser.Parse(input);

        AssertOnlyParserSyntax(query.Match, latin: true);
        Assert.Equal(expected, Matches(query.Match));
        Assert.Empty(query.Notices);
    }

    [Fact]
    public void Excluded_words_are_not_highlighted_and_phrases_highlight_together()
    {
        var query = SearchQueryParser.Parse("\"gift packages\" hanoi -ieng");

        Assert.Equal(["gift", "packages", "hanoi"], query.Words);
        Assert.Equal([["gift", "packages"], ["hanoi"]], query.Highlights.Select(h => h.ToArray()));
    }

    [Theory]
    [InlineData("-ieng")]
    [InlineData("-ieng -\"pol pot\"")]
    public void Only_excluded_words_search_nothing_and_say_why(string input)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.Null(query.Match);
        Assert.True(query.IsEmpty);
        Assert.Contains(query.Notices, n => n.Contains("minus", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("- * ^ : ( )")]
    [InlineData("\u0301\u0302\u0303")]
    [InlineData("\0\u0001\u001b")]
    public void Input_without_a_word_or_a_date_is_an_empty_query(string input)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.True(query.IsEmpty);
        Assert.Null(query.Match);
        Assert.Empty(query.Words);
    }

    [Fact]
    public void A_query_longer_than_the_limit_is_cut_with_a_notice()
    {
        var query = SearchQueryParser.Parse(string.Join(' ', Enumerable.Repeat("gift", 100)));

        Assert.Equal(SearchQueryParser.MaxLength, query.Text.Length);
        Assert.Contains(query.Notices, n => n.Contains($"{SearchQueryParser.MaxLength} characters"));
        Assert.Equal([3, 4], Matches(query.Match));
    }

    [Fact]
    public void The_cut_never_splits_a_character_written_as_a_surrogate_pair()
    {
        var query = SearchQueryParser.Parse(new string('a', SearchQueryParser.MaxLength - 1) + "😀 gift");

        Assert.True(query.Text.Length <= SearchQueryParser.MaxLength);
        Assert.False(char.IsHighSurrogate(query.Text[^1]));
        Assert.NotEmpty(query.Notices);
    }

    [Fact]
    public void A_query_within_the_limits_has_no_notice()
    {
        var words = string.Join(' ', Enumerable.Range(1, SearchQueryParser.MaxTerms).Select(i => $"word{i}"));

        var query = SearchQueryParser.Parse(words);

        Assert.Empty(query.Notices);
        Assert.Equal(SearchQueryParser.MaxTerms, query.Words.Count);
    }

    [Fact]
    public void More_terms_than_the_limit_keep_the_first_ones_with_a_notice()
    {
        var words = Enumerable.Range(1, SearchQueryParser.MaxTerms + 5).Select(i => $"word{i}").ToList();

        var query = SearchQueryParser.Parse(string.Join(' ', words));

        Assert.Equal(words.Take(SearchQueryParser.MaxTerms), query.Words);
        Assert.Equal(SearchQueryParser.MaxTerms, Phrases().Matches(query.Match!).Count);
        Assert.Contains(query.Notices, n => n.Contains($"{SearchQueryParser.MaxTerms} terms"));
    }

    [Fact]
    public void The_term_limit_counts_phrases_and_excluded_terms_as_terms()
    {
        var input = string.Join(' ', Enumerable.Range(1, SearchQueryParser.MaxTerms + 3).Select(i => i % 3 == 0 ? $"-x{i}" : $"\"a{i} b{i}\""));

        var query = SearchQueryParser.Parse(input);

        Assert.True(Phrases().Matches(query.Match!).Count <= SearchQueryParser.MaxTerms);
        Assert.NotEmpty(query.Notices);
    }

    [Theory]
    [InlineData("January 7", null, null, 1, 7, DatePrecision.Day)]
    [InlineData("7 January", null, null, 1, 7, DatePrecision.Day)]
    [InlineData("7 January 2024", "2024-01-07", "2024-01-07", null, null, DatePrecision.Day)]
    [InlineData("Jan. 7, 1979", "1979-01-07", "1979-01-07", null, null, DatePrecision.Day)]
    [InlineData("January 7, 1979", "1979-01-07", "1979-01-07", null, null, DatePrecision.Day)]
    [InlineData("2024-01-07", "2024-01-07", "2024-01-07", null, null, DatePrecision.Day)]
    [InlineData("7/1/2024", "2024-01-07", "2024-01-07", null, null, DatePrecision.Day)]
    [InlineData("07.01.2024", "2024-01-07", "2024-01-07", null, null, DatePrecision.Day)]
    [InlineData("January 1979", "1979-01-01", "1979-01-31", null, null, DatePrecision.Month)]
    [InlineData("February 2024", "2024-02-01", "2024-02-29", null, null, DatePrecision.Month)]
    [InlineData("2024-01", "2024-01-01", "2024-01-31", null, null, DatePrecision.Month)]
    [InlineData("1979", "1979-01-01", "1979-12-31", null, null, DatePrecision.Year)]
    public void A_date_in_the_query_is_read_with_its_range_and_precision(string input, string? from, string? to, int? month, int? day, DatePrecision precision)
    {
        var query = SearchQueryParser.Parse(input);

        var date = Assert.Single(query.Dates);
        Assert.Equal(from, date.From?.ToString("yyyy-MM-dd"));
        Assert.Equal(to, date.To?.ToString("yyyy-MM-dd"));
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(precision, date.Precision);
        Assert.Empty(query.Words);
        Assert.Null(query.Match);
        Assert.False(query.IsEmpty);
    }

    [Fact]
    public void Words_around_a_date_are_words_and_the_date_is_not_a_word()
    {
        var query = SearchQueryParser.Parse("Pol Pot January 7, 1979 regime");

        Assert.Equal(["pol", "pot", "regime"], query.Words);
        Assert.Equal(new DateOnly(1979, 1, 7), Assert.Single(query.Dates).From);
        Assert.DoesNotContain("1979", query.Match);
        Assert.DoesNotContain("january", query.Match);
        Assert.Equal([1], Matches(query.Match));
    }

    [Theory]
    [InlineData("liberated -1979")]
    [InlineData("liberated -\"7 January 1979\"")]
    [InlineData("liberated -\"January 1979\"")]
    public void An_excluded_date_is_excluded_not_searched_for(string input)
    {
        Assert.Equal([9], Matches(SearchQueryParser.Parse("liberated").Match));

        var query = SearchQueryParser.Parse(input);

        Assert.DoesNotContain(query.Dates, d => d.Text.Contains("1979"));
        Assert.Empty(Matches(query.Match));
    }

    [Theory]
    [InlineData("February 30")]
    [InlineData("2024-02-30")]
    [InlineData("January 32")]
    [InlineData("1799")]
    public void An_impossible_or_out_of_range_date_is_not_a_date(string input)
    {
        Assert.DoesNotContain(SearchQueryParser.Parse(input).Dates, d => d.Text == input);
    }

    [Fact]
    public void Vietnamese_letters_fold_to_plain_ones_in_the_query()
    {
        Assert.Equal("dong thap", TextFolding.Fold("Đồng Tháp"));
        Assert.Equal(SearchQueryParser.Parse("dong thap").Words, SearchQueryParser.Parse("Đồng Tháp").Words);
        Assert.Equal(SearchQueryParser.Parse("DONG THAP").Words, SearchQueryParser.Parse("Đồng Tháp").Words);
        Assert.Equal([7], Matches(SearchQueryParser.Parse("Đồng Tháp").Match));
        Assert.Equal([7], Matches(SearchQueryParser.Parse("dong thap").Match));
        Assert.Equal(["doan", "ket"], SearchQueryParser.Parse("Đoàn Kết").Words);
    }

    [Theory]
    [InlineData("hoà")]
    [InlineData("hòa")]
    [InlineData("HOA")]
    [InlineData("ho\u0061\u0300")]
    public void Both_tone_placements_and_none_are_the_same_word(string spelling)
    {
        var query = SearchQueryParser.Parse(spelling);

        Assert.Equal(["hoa"], query.Words);
        Assert.Equal(SearchQueryParser.Parse("hòa").Match, query.Match);
        Assert.Equal([8], Matches(query.Match));
    }

    [Theory]
    [InlineData("Hanoi")]
    [InlineData("Ha Noi")]
    [InlineData("Hà Nội")]
    [InlineData("HÀ NỘI")]
    [InlineData("ha-noi")]
    [InlineData("\"ha noi\"")]
    public void Every_spelling_of_Hanoi_is_the_same_word(string spelling)
    {
        var query = SearchQueryParser.Parse(spelling);

        Assert.Equal(SearchQueryParser.Parse("Hanoi").Words, query.Words);
        Assert.Single(query.Words);
        Assert.Equal([5, 6], Matches(query.Match));
    }

    /// <summary>
    /// The expression may hold only what the parser writes: quoted phrases of index words, AND, OR,
    /// NOT and balanced parentheses. For Latin-script input the words are <c>[a-z0-9]</c>; for any
    /// input they are letters and digits, which FTS5 reads as plain text inside quotes.
    /// </summary>
    private static void AssertOnlyParserSyntax(string? match, bool latin)
    {
        if (match is null)
        {
            return;
        }

        Assert.Matches(Structure(), match);
        var phrases = Phrases().Matches(match).Select(m => m.Value[1..^1]).ToList();
        Assert.NotEmpty(phrases);
        Assert.All(phrases, phrase => Assert.Matches(latin ? LatinPhrase() : AnyPhrase(), phrase));

        var depth = 0;
        foreach (var c in Phrases().Replace(match, string.Empty))
        {
            depth += c switch { '(' => 1, ')' => -1, _ => 0 };
            Assert.True(depth >= 0, $"unbalanced parentheses in {match}");
        }

        Assert.True(depth == 0, $"unbalanced parentheses in {match}");
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));

    private List<int> Matches(string? match)
    {
        Assert.NotNull(match);
        using var command = _fts.CreateCommand();
        command.CommandText = "SELECT rowid FROM docs WHERE docs MATCH $match ORDER BY rowid";
        command.Parameters.AddWithValue("$match", match);
        using var reader = command.ExecuteReader();
        var rows = new List<int>();
        while (reader.Read())
        {
            rows.Add(reader.GetInt32(0));
        }

        return rows;
    }

    /// <summary>Runs the expression; the error FTS5 gives, or null when it ran.</summary>
    private string? RunOrError(string? match)
    {
        if (match is null)
        {
            return null;
        }

        try
        {
            Matches(match);
            return null;
        }
        catch (SqliteException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>An in-memory FTS5 table with the search index's tokenizer, holding the documents as the index stores them.</summary>
    private static SqliteConnection OpenIndex(string[] documents)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE VIRTUAL TABLE docs USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2')";
        create.ExecuteNonQuery();
        for (var i = 0; i < documents.Length; i++)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO docs(rowid, body) VALUES ($id, $body)";
            insert.Parameters.AddWithValue("$id", i + 1);
            insert.Parameters.AddWithValue("$body", SearchText.Normalize(documents[i]));
            insert.ExecuteNonQuery();
        }

        return connection;
    }

    [GeneratedRegex(@"^(?:\s+|\(|\)|AND|OR|NOT|""[^""]*"")*$")]
    private static partial Regex Structure();

    [GeneratedRegex(@"""[^""]*""")]
    private static partial Regex Phrases();

    [GeneratedRegex(@"^[a-z0-9]+(?: [a-z0-9]+)*$")]
    private static partial Regex LatinPhrase();

    [GeneratedRegex(@"^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$")]
    private static partial Regex AnyPhrase();
}
