using Anniversary.Archive.Data.Sqlite;
using Anniversary.Archive.Search;
using Anniversary.Archive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Tests.Search;

/// <summary>
/// A word searched with a speaker filter and dates finds the speaker's statements in those dates
/// whose paragraph holds the word: all of them under the bound, and past it the newest imported
/// (the index's row order, as for any search), paged and counted alike on both engines.
/// </summary>
public sealed class SpeakerSearchTests
{
    private const int Reports = 240;

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_word_with_a_speaker_and_dates_finds_the_speakers_statements_in_those_dates_that_hold_it(ArchiveEngine engine)
    {
        using var store = await ImportedAsync(engine);
        var (from, to) = (new DateOnly(2019, 3, 1), new DateOnly(2019, 4, 30));
        var expected = await ExpectedAsync(store, "tran van binh", from, to);
        Assert.InRange(expected.Count, 20, SqliteSearchIndex.CandidateLimit - 1);

        var found = await SearchAsync(store, "harvest", "tran van binh", from, to, page: 1, pageSize: 1000);

        Assert.False(found.Truncated);
        Assert.Equal(expected.Count, found.Total);
        Assert.Equal(expected.OrderBy(s => s.Key).Select(s => s.Key), found.Hits.Select(Key).Order());
        Assert.All(found.Hits, hit => Assert.Equal((HitType.Statement, "tran-van-binh"), (hit.Type, hit.PersonSlug)));
        Assert.All(found.Hits, hit => Assert.Contains("<mark>harvest</mark>", hit.SnippetHtml));
        Assert.Equal([new FacetCount("Statement", "Statements", expected.Count)], found.Kinds);
        Assert.Equal(expected.Count, found.Speakers.Single(s => s.Key == "tran-van-binh").Count);

        // A phrase finds the same statements.
        var phrase = await SearchAsync(store, "\"harvest of\"", "tran van binh", from, to, page: 1, pageSize: 1000);
        Assert.Equal(found.Hits.Select(Key).Order(), phrase.Hits.Select(Key).Order());
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task Past_the_bound_the_newest_imported_statements_are_read_and_paged_newest_first(ArchiveEngine engine)
    {
        using var store = await ImportedAsync(engine);
        var (from, to) = (new DateOnly(2017, 1, 1), new DateOnly(2020, 12, 31));
        var matching = await ExpectedAsync(store, "tran van binh", from, to);
        Assert.True(matching.Count > SqliteSearchIndex.CandidateLimit + 100, $"only {matching.Count} statements match");

        // The bound keeps the rows of the newest imported articles, as the index gives them: the
        // reports are dated backwards, so these are the oldest by date, not the newest.
        var read = matching.OrderByDescending(s => s.ArticleId).ThenByDescending(s => s.Paragraph).Take(SqliteSearchIndex.CandidateLimit).ToList();
        var newestFirst = read.OrderByDescending(s => s.Date).ThenByDescending(s => s.ArticleId).ThenBy(s => s.Paragraph).Select(s => s.Key).ToList();

        var first = await SearchAsync(store, "harvest", "tran van binh", from, to, page: 1, pageSize: 30);
        var third = await SearchAsync(store, "harvest", "tran van binh", from, to, page: 3, pageSize: 30);

        Assert.True(first.Truncated);
        Assert.Equal(SqliteSearchIndex.CandidateLimit, first.Total);
        Assert.Equal(newestFirst.Take(30), first.Hits.Select(Key));
        Assert.Equal(newestFirst.Skip(60).Take(30), third.Hits.Select(Key));
        Assert.Equal(read.GroupBy(s => s.Date.ToString("yyyy-MM")).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())), first.Months.Select(m => (m.Key, m.Count)));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_speaker_who_never_says_the_word_in_those_dates_finds_nothing_and_other_kinds_list_nothing(ArchiveEngine engine)
    {
        using var store = await ImportedAsync(engine);
        var (from, to) = (new DateOnly(2019, 3, 1), new DateOnly(2019, 4, 30));
        Assert.Empty(await ExpectedAsync(store, "le thi hoa", from, to));
        Assert.NotEmpty(await ExpectedAsync(store, "le thi hoa", null, null));

        Assert.Equal(0, (await SearchAsync(store, "harvest", "le thi hoa", from, to, 1, 10)).Total);
        Assert.NotEqual(0, (await SearchAsync(store, "harvest", "le thi hoa", null, null, 1, 10)).Total);
        Assert.Equal(0, (await SearchAsync(store, "harvest", "tran van binh", null, null, 1, 10, SearchKind.Paragraphs)).Total);
        Assert.Equal(0, (await SearchAsync(store, "harvest", "tran van binh", null, null, 1, 10, SearchKind.Articles)).Total);
    }

    [Fact]
    public async Task The_speakers_token_in_the_sqlite_index_finds_their_statements_and_no_typed_search_finds_it()
    {
        using var store = await ImportedAsync(ArchiveEngine.Sqlite);
        await using var db = store.CreateContext();
        var speaker = await db.People.SingleAsync(p => p.Key == "tran van binh");
        var token = SqliteSearchEntries.SpeakerToken(speaker.Id);
        var statements = await db.Statements.CountAsync(s => s.PersonId == speaker.Id);
        var tokenRows = Convert.ToInt32(await db.ScalarAsync(
            $"SELECT count(*) FROM {SqliteSearchEntries.Table} WHERE {SqliteSearchEntries.Table} MATCH $token", [("$token", $"\"{token}\"")], default));
        Assert.Equal(statements, tokenRows);

        // Typed, the token is only its digits: it finds what they find, none of the speaker's statements for the token.
        Assert.DoesNotContain(token, SearchQueryParser.Parse(token).Words);
        var typed = await store.Search().SearchAsync(db, new SearchRequest(SearchQueryParser.Parse(token), null, null, null, SearchKind.Both, SearchSort.Newest, 1, 1000));
        var digits = await store.Search().SearchAsync(db, new SearchRequest(SearchQueryParser.Parse(speaker.Id.ToString()), null, null, null, SearchKind.Both, SearchSort.Newest, 1, 1000));
        Assert.Equal(digits.Hits.Select(Key), typed.Hits.Select(Key));
        Assert.True(typed.Total < statements, $"the typed token found {typed.Total} rows");
    }

    /// <summary>
    /// Reports dated backwards, one every four days from mid-2020: three in four quote Tran Van Binh
    /// fifteen times, ten of them about the harvest; the others quote Le Thi Hoa, who speaks of the
    /// harvest only in the last reports (the oldest). Each report also has six paragraphs about the
    /// harvest that nobody says, so that the word is in more paragraphs than either speaker says
    /// (the case where reading the speaker's statements first would be the smaller side).
    /// </summary>
    private static async Task<ArchiveStore> ImportedAsync(ArchiveEngine engine)
    {
        using var seeds = new SeedFolder();
        for (var i = 0; i < Reports; i++)
        {
            var binh = i % 4 != 3;
            var (name, role) = binh ? ("Tran Van Binh", "Chairman") : ("Le Thi Hoa", "Director");
            var saysHarvest = binh || i >= Reports - 40;
            var statements = Enumerable.Range(1, 15).Select(n => saysHarvest && n % 3 != 0
                ? $"{(binh ? "He" : "She")} said that the harvest of plan {i} step {n} will go ahead."
                : $"{(binh ? "He" : "She")} said that plan {i} step {n} will go ahead.");
            var fields = Enumerable.Range(1, 6).Select(k => $"The harvest in field {k} of district {i} was good.");
            seeds.With($"{i:000}.txt", $"date {new DateOnly(2020, 6, 1).AddDays(-4 * i):yyyy-MM-dd} HANOI – Meeting {i} took place.\n\n" +
                string.Join("\n\n", fields) + $"\n\n{name}, {role}, said that the meeting went well.\n\n" + string.Join("\n\n", statements) + "\n");
        }

        var store = await ArchiveStore.CreateAsync(engine);
        Assert.Equal(Reports, (await store.ImportAsync(seeds.Path)).Imported);
        return store;
    }

    private sealed record Said(int ArticleId, string Slug, int Paragraph, DateOnly Date)
    {
        public string Key => $"{Slug}#{Paragraph}";
    }

    private static string Key(SearchHit hit) => $"{hit.ArticleSlug}#{hit.Paragraph}";

    /// <summary>The speaker's statements in the dates whose paragraph holds the word, read from the stored paragraphs.</summary>
    private static async Task<List<Said>> ExpectedAsync(ArchiveStore store, string speakerKey, DateOnly? from, DateOnly? to)
    {
        await using var db = store.CreateContext();
        var said = await db.Statements
            .Where(s => s.Person!.Key == speakerKey && (from == null || s.Date >= from) && (to == null || s.Date <= to))
            .Select(s => new { s.ArticleId, s.Article!.Slug, s.ParagraphNumber, s.Date })
            .ToListAsync();
        var articles = await db.Articles.Include(a => a.Body).ToListAsync();
        var holding = articles
            .SelectMany(a => a.Paragraphs.Where(p => p.Text.Contains("harvest")).Select(p => (a.Id, p.Number)))
            .ToHashSet();
        return said.Where(s => holding.Contains((s.ArticleId, s.ParagraphNumber))).Select(s => new Said(s.ArticleId, s.Slug, s.ParagraphNumber, s.Date)).ToList();
    }

    private static async Task<SearchResults> SearchAsync(
        ArchiveStore store, string q, string speakerKey, DateOnly? from, DateOnly? to, int page, int pageSize, SearchKind kind = SearchKind.Both)
    {
        await using var db = store.CreateContext();
        var speaker = await db.People.SingleAsync(p => p.Key == speakerKey);
        var request = new SearchRequest(SearchQueryParser.Parse(q), speaker.Id, from, to, kind, SearchSort.Newest, page, pageSize);
        return await store.Search().SearchAsync(db, request);
    }
}
