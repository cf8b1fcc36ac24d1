using Anniversary.Archive.Corpus;
using Anniversary.Archive.Data.Sqlite;
using Anniversary.Archive.Search;
using Anniversary.Archive.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Tests.Search;

/// <summary>Search that forgives English: singular and plural, inflected verbs, on real SQLite files; phrases keep their order.</summary>
public sealed class StemmedSearchTests
{
    private const string IndexTokenizer = "porter unicode61 remove_diacritics 2";


    [Theory]
    [InlineData("soldiers", "soldier")]
    [InlineData("commemorated", "commemorate")]
    [InlineData("commemorating", "commemorates")]
    [InlineData("veterans", "veteran")]
    [InlineData("ceremonies", "ceremony")]
    public void Inflected_forms_share_a_stem(string one, string other)
    {
        Assert.Equal(EnglishStems.Of(one), EnglishStems.Of(other));
    }

    [Theory]
    [InlineData("khai")]
    [InlineData("hanoi")]
    [InlineData("1979")]
    [InlineData("le")]
    public void Names_places_and_numbers_keep_their_form(string word)
    {
        Assert.Equal(word, EnglishStems.Of(word));
    }

    [Fact]
    public void Every_stem_is_the_one_the_index_gives()
    {
        // The seeds' words, generated reports' words, every suffix the rules know on made-up stems,
        // and words of other scripts: what the page marks must be what FTS5 matched.
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Repository.SeedsFolder, "*.txt"))
        {
            words.UnionWith(SearchText.Words(File.ReadAllText(file)));
        }

        var corpus = new SyntheticCorpus(seed: 3);
        for (var i = 0; i < 100; i++)
        {
            words.UnionWith(SearchText.Words(corpus.Next()));
        }

        string[] suffixes =
        [
            "s", "es", "ies", "sses", "ss", "ed", "eed", "ing", "at", "bl", "iz", "y", "ational", "tional", "enci", "anci", "izer", "logi", "bli", "alli",
            "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "ical", "ness",
            "icate", "iciti", "ful", "ative", "alize", "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "sion", "tion",
            "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "e", "ll", "ying", "ated", "izing", "bled", "hopped", "filing",
        ];
        var random = new Random(20);
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        for (var i = 0; i < 6000; i++)
        {
            var stem = new string(Enumerable.Range(0, random.Next(1, 7)).Select(_ => letters[random.Next(letters.Length)]).ToArray());
            words.Add(stem + suffixes[random.Next(suffixes.Length)]);
        }

        words.UnionWith(["yes", "sky", "eed", "oed", "aing", "ying", "ties", "sses", "agreed", "feed", "bled", "sized", "controlled", "generalization", "ខ្មែរed", "ລາວing", "đes"]);

        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, $"CREATE VIRTUAL TABLE words USING fts5(word, tokenize = '{IndexTokenizer}'); CREATE VIRTUAL TABLE stems USING fts5vocab(words, 'instance');");
        var list = words.ToList();
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO words(rowid, word) VALUES ($id, $word)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var word = insert.Parameters.Add("$word", SqliteType.Text);
            for (var i = 0; i < list.Count; i++)
            {
                (id.Value, word.Value) = (i, list[i]);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT doc, term FROM stems WHERE doc IN (SELECT doc FROM stems GROUP BY doc HAVING count(*) = 1)";
        using var reader = read.ExecuteReader();
        var compared = 0;
        var differing = new List<string>();
        while (reader.Read())
        {
            var original = list[reader.GetInt32(0)];
            compared++;
            if (EnglishStems.Of(original) != reader.GetString(1) || !EnglishStems.Has(original, reader.GetString(1)))
            {
                differing.Add($"{original}: {EnglishStems.Of(original)} ≠ {reader.GetString(1)}");
            }
        }

        Assert.True(compared > 6000, $"{compared} words compared");
        Assert.Empty(differing);
    }

    [Fact]
    public async Task The_index_is_made_with_the_stemming_tokenizer()
    {
        using var store = await ArchiveStore.CreateAsync();
        await using var db = store.CreateContext();

        var sql = await db.Database.SqlQueryRaw<string>($"SELECT sql AS Value FROM sqlite_master WHERE name = '{SqliteSearchEntries.Table}'").SingleAsync();

        Assert.Contains($"tokenize = '{IndexTokenizer}'", sql);
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_plural_finds_the_singular_and_an_inflected_verb_finds_its_other_forms(ArchiveEngine engine)
    {
        using var seeds = new SeedFolder()
            .With("a.txt", "date 2024-01-05 HANOI – A volunteer soldier spoke to students on January 5.\n\nThe students commemorated the fallen.\n")
            .With("b.txt", "date 2024-01-06 HANOI – Former volunteer soldiers met on January 6.\n\nThey are commemorating their comrades this week.\n")
            .With("c.txt", "date 2024-01-07 HANOI – A soldier who volunteered in 1979 spoke on January 7.\n\nA city commemorates the day.\n");
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);

        var singular = await HitsAsync(store, "volunteer soldier");
        var plural = await HitsAsync(store, "volunteer soldiers");
        Assert.Equal(singular.Select(h => h.Url), plural.Select(h => h.Url));
        Assert.Equal(3, singular.Select(h => h.ArticleSlug).Distinct().Count());

        var commemorate = await HitsAsync(store, "commemorate");
        Assert.Equal(3, commemorate.Count(h => h.Paragraph is not null));
        Assert.Equal(["commemorated", "commemorates", "commemorating"], commemorate.SelectMany(h => Marks(h.SnippetHtml)).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_quoted_phrase_matches_its_words_in_any_inflection_but_only_in_its_order(ArchiveEngine engine)
    {
        using var seeds = new SeedFolder()
            .With("a.txt", "date 2024-01-05 HANOI – Former volunteer soldiers met on January 5.\n\nThe meeting ended at noon.\n")
            .With("b.txt", "date 2024-01-06 HANOI – A soldier who volunteered in 1979 spoke on January 6.\n\nThe meeting ended at noon.\n");
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);

        var phrase = await HitsAsync(store, "\"volunteer soldier\"");
        Assert.NotEmpty(phrase);
        Assert.Contains(phrase, h => h.Paragraph is not null);
        Assert.All(phrase.Where(h => h.Paragraph is not null), h => Assert.Equal("volunteer soldiers", Assert.Single(Marks(h.SnippetHtml))));
        Assert.DoesNotContain(phrase, h => h.Date == new DateOnly(2024, 1, 6));

        var reversed = await HitsAsync(store, "\"soldier volunteer\"");
        Assert.Empty(reversed);
        Assert.Contains(await HitsAsync(store, "soldier volunteer"), h => h.Date == new DateOnly(2024, 1, 6));
    }

    [Theory]
    [InlineData("huy")]
    [InlineData("Huy")]
    [InlineData("Tran Duy Huy")]
    public async Task A_name_the_stemmer_changes_still_brings_that_persons_statements_first(string q)
    {
        // "Huy" and "Duy" end in a "y" the stemmer turns to "i": the name is still found, marked, and its statements come first.
        Assert.Equal("hui", EnglishStems.Of("huy"));
        using var seeds = new SeedFolder()
            .With("a.txt", "date 2024-01-05 HANOI – The report of the year was read on January 5 by the board of Tran Duy Huy.\n\n" +
                "A committee met twice this year to prepare it.\n\n" +
                "Tran Duy Huy, Chairman, said that the committee had worked well.\n")
            .With("b.txt", "date 2024-01-06 HANOI – Trade officials met on January 6.\n\n" +
                "Tran Duy Huy, Chairman, said that markets were open.\n");
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);

        var hits = await HitsAsync(store, q);

        Assert.Equal(2, hits.Count(h => h.Type == HitType.Statement));
        Assert.All(hits.Take(2), h =>
        {
            Assert.Equal((HitType.Statement, "tran-duy-huy"), (h.Type, h.PersonSlug));
            Assert.Contains(Marks(h.SnippetHtml), m => m.EndsWith("Huy", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Migrating_an_archive_made_before_stemming_empties_its_index_and_marks_every_article_for_importing_again()
    {
        // An archive as it stood before the migration: the index made with the folding tokenizer
        // alone and filled by an import, and StemmedSearch (nor the migrations after it) not yet applied.
        // Its index has the speaker column today's importer writes; SpeakerTokenInSearch and SearchIndexBodyFirst make it again.
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        await using (var db = store.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync(
                $"DROP TABLE {SqliteSearchEntries.Table}; CREATE VIRTUAL TABLE {SqliteSearchEntries.Table} USING fts5(title, body, people, speaker, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'); " +
                $"DROP TABLE {SqliteSearchEntries.ArticleWords}; CREATE VIRTUAL TABLE {SqliteSearchEntries.ArticleWords} USING fts5(words, content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61 remove_diacritics 2'); " +
                "DELETE FROM __EFMigrationsHistory WHERE MigrationId IN ('20261206174536_StemmedSearch', '20261206223000_ParagraphsIndexedOnce', '20261207023000_SpeakerTokenInSearch', '20261207040000_SearchIndexBodyFirst');");
        }

        await store.ImportAsync(seeds.Path);
        Assert.Empty(await HitsAsync(store, "volunteer soldier"));
        Assert.NotEmpty(await HitsAsync(store, "volunteer soldiers"));

        await using (var db = store.CreateContext())
        {
            await SqliteEngine.Migrator().MigrateAsync(db);
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>($"SELECT count(*) AS Value FROM {SqliteSearchEntries.Table}").SingleAsync());
            Assert.Equal(2, await db.Articles.CountAsync(a => a.ContentHash.Length == 0));
        }

        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal((0, 2), (summary.Imported, summary.Updated));
        var singular = await HitsAsync(store, "volunteer soldier");
        Assert.NotEmpty(singular);
        Assert.Equal((await HitsAsync(store, "volunteer soldiers")).Select(h => h.Url), singular.Select(h => h.Url));
        await using var check = store.CreateContext();
        Assert.True(await new SqliteIntegrityCheck().CheckAsync(check));
    }

    private async Task<IReadOnlyList<SearchHit>> HitsAsync(ArchiveStore store, string q)
    {
        await using var db = store.CreateContext();
        var request = new SearchRequest(SearchQueryParser.Parse(q), null, null, null, SearchKind.Both, SearchSort.Relevance, 1, PageSize: 100);
        return (await store.Search().SearchAsync(db, request)).Hits;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static List<string> Marks(string snippet) =>
        System.Text.RegularExpressions.Regex.Matches(snippet, "<mark>(.*?)</mark>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
}
