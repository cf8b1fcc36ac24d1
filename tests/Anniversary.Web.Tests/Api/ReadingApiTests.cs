using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Api;

/// <summary>The JSON API against the field names and values the README promises, on the seeds.</summary>
/// <remarks>Runs on both engines: <see cref="ReadingApiOnSqlite"/> and <see cref="ReadingApiOnPostgres"/>.</remarks>
public abstract class ReadingApiTests(ArchiveWebFactory factory)
{
    private const string Ceremony = "000_354021721e707285.txt";
    private const string Gathering = "001_ef79043fe6377dc1.txt";

    private static readonly string[] SummaryFields = ["slug", "title", "date", "dateline", "place", "credit", "source", "sourceFile", "url"];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_site_reads_the_archive_on_the_engine_configured()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Anniversary.Archive.Data.ArchiveDbContext>();

        Assert.Equal(factory.Engine == Anniversary.Archive.ArchiveEngine.Postgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", db.Database.ProviderName);
        Assert.Equal(2, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Articles_lists_both_seeds_newest_first_with_their_summary_fields()
    {
        var articles = (await GetJsonAsync("/api/articles")).EnumerateArray().ToList();

        Assert.Equal(2, articles.Count);
        Assert.All(articles, a => AssertFields(a, SummaryFields));
        Assert.Equal([Ceremony, Gathering], articles.Select(a => a.GetProperty("sourceFile").GetString()));
        Assert.Equal(["2024-01-07", "2024-01-06"], articles.Select(a => a.GetProperty("date").GetString()));
        Assert.All(articles, a => Assert.Equal(
            $"/articles/{a.GetProperty("date").GetString()!.Replace('-', '/')}/{a.GetProperty("slug").GetString()}",
            a.GetProperty("url").GetString()));

        var ceremony = articles[0];
        Assert.Equal("hanoi-ceremony-marks-45th-anniversary-of-southwest-border-defense-victory", ceremony.GetProperty("slug").GetString());
        Assert.Equal("Hanoi ceremony marks 45th anniversary of southwest border defense victory", ceremony.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, ceremony.GetProperty("dateline").ValueKind);
        Assert.Equal("Hanoi", ceremony.GetProperty("place").GetString());
        Assert.Equal("VNA", ceremony.GetProperty("credit").GetString());

        var gathering = articles[1];
        Assert.Contains("VIETNAM, January 6", gathering.GetProperty("dateline").GetString());
        Assert.Equal("Hà Nội", gathering.GetProperty("place").GetString());
        Assert.Equal("VNA/VNS", gathering.GetProperty("credit").GetString());
    }

    [Theory]
    [InlineData(Ceremony)]
    [InlineData(Gathering)]
    public async Task An_article_has_the_summary_fields_and_its_body_people_statements_and_dates(string file)
    {
        var article = await ArticleAsync(file);

        AssertFields(article, [.. SummaryFields, "standfirst", "paragraphs", "captions", "event", "people", "statements", "mentionedDates"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", article.GetProperty("date").GetString());
        Assert.Equal(file, article.GetProperty("sourceFile").GetString());
        Assert.All(article.GetProperty("paragraphs").EnumerateArray(), p => AssertFields(p, "index", "text"));
        Assert.All(article.GetProperty("captions").EnumerateArray(), c => AssertFields(c, "text", "credit"));
        AssertFields(article.GetProperty("event"), "slug", "kind", "place", "date");
        Assert.All(article.GetProperty("people").EnumerateArray(), p => AssertFields(p, "slug", "name", "role", "roles", "country", "part"));
        Assert.All(article.GetProperty("statements").EnumerateArray(), s => AssertFields(s, "person", "paragraph"));
        Assert.All(article.GetProperty("mentionedDates").EnumerateArray(), d => AssertFields(d, "date", "precision", "paragraph", "text"));

        var indexes = article.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("index").GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(1, indexes.Count), indexes);
    }

    [Fact]
    public async Task The_ceremony_report_has_its_event_people_statements_and_mentioned_dates()
    {
        var article = await ArticleAsync(Ceremony);

        Assert.Equal(15, article.GetProperty("paragraphs").GetArrayLength());
        Assert.StartsWith("For his part, Cambodian Deputy PM Neth Savoeun said", Paragraph(article, 11));
        Assert.Equal(
            [("President Vo Van Thuong and delegates at the event", "VNA"), ("An art performance at the ceremony", "VNA")],
            article.GetProperty("captions").EnumerateArray().Select(c => (c.GetProperty("text").GetString(), c.GetProperty("credit").GetString())));

        var evt = article.GetProperty("event");
        Assert.Equal("2024-01-07-ceremony-hanoi", evt.GetProperty("slug").GetString());
        Assert.Equal("ceremony", evt.GetProperty("kind").GetString());
        Assert.Equal("Hanoi", evt.GetProperty("place").GetString());
        Assert.Equal("2024-01-07", evt.GetProperty("date").GetString());

        Assert.Equal(
            [("le-minh-khai", "speaker"), ("neth-savoeun", "speaker"), ("nguyen-phu-trong", "quoted"), ("vo-van-thuong", "attendee"), ("pol-pot", "mentioned")],
            article.GetProperty("people").EnumerateArray().Select(p => (p.GetProperty("slug").GetString(), p.GetProperty("part").GetString())));
        var khai = article.GetProperty("people").EnumerateArray().First();
        Assert.Equal("Le Minh Khai", khai.GetProperty("name").GetString());
        Assert.Equal("Vietnamese Deputy Prime Minister", khai.GetProperty("role").GetString());

        Assert.Equal(
            [.. Enumerable.Range(4, 7).Select(n => ("le-minh-khai", n)), .. Enumerable.Range(11, 4).Select(n => ("neth-savoeun", n))],
            article.GetProperty("statements").EnumerateArray().Select(s => (s.GetProperty("person").GetString()!, s.GetProperty("paragraph").GetInt32())));

        Assert.Equal(
            [("2024-01-07", "day", 1), ("1979-01-07", "day", 1), ("2024-01-01", "year", 1), ("2017-07-01", "month", 4), ("1975-04-01", "month", 5), ("1979-01-07", "day", 7)],
            MentionedDates(article));
    }

    [Fact]
    public async Task The_gathering_report_has_its_event_people_statement_and_mentioned_dates()
    {
        var article = await ArticleAsync(Gathering);

        Assert.Empty(article.GetProperty("captions").EnumerateArray());
        Assert.Equal("gathering", article.GetProperty("event").GetProperty("kind").GetString());
        Assert.Equal("Hà Nội", article.GetProperty("event").GetProperty("place").GetString());
        Assert.Equal("2024-01-06", article.GetProperty("event").GetProperty("date").GetString());
        Assert.Equal(
            [("le-kim-anh", "speaker"), ("chea-kimtha", "attendee"), ("pol-pot", "mentioned"), ("ieng-sary", "mentioned")],
            article.GetProperty("people").EnumerateArray().Select(p => (p.GetProperty("slug").GetString(), p.GetProperty("part").GetString())));
        Assert.Equal(
            [("le-kim-anh", 3)],
            article.GetProperty("statements").EnumerateArray().Select(s => (s.GetProperty("person").GetString()!, s.GetProperty("paragraph").GetInt32())));
        Assert.Equal(
            [("2024-01-06", "day", 1), ("1979-01-07", "day", 1), ("2024-01-01", "year", 1), ("1975-01-01", "year", 4), ("1979-01-07", "day", 5)],
            MentionedDates(article));
    }

    [Fact]
    public async Task People_lists_everyone_speakers_first_with_counts()
    {
        var people = (await GetJsonAsync("/api/people")).EnumerateArray().ToList();

        Assert.All(people, p => AssertFields(p, "slug", "name", "roles", "country", "parts", "articles", "statements", "url"));
        Assert.Equal(8, people.Count);
        Assert.All(people.Take(3), p => Assert.Equal(["speaker"], Strings(p.GetProperty("parts"))));
        Assert.All(people.Skip(3), p => Assert.DoesNotContain("speaker", Strings(p.GetProperty("parts"))));

        var bySlug = people.ToDictionary(p => p.GetProperty("slug").GetString()!);
        Assert.Equal(7, bySlug["le-minh-khai"].GetProperty("statements").GetInt32());
        Assert.Equal(4, bySlug["neth-savoeun"].GetProperty("statements").GetInt32());
        Assert.Equal(1, bySlug["le-kim-anh"].GetProperty("statements").GetInt32());
        Assert.Equal(0, bySlug["pol-pot"].GetProperty("statements").GetInt32());
        Assert.Equal(2, bySlug["pol-pot"].GetProperty("articles").GetInt32());
        Assert.Equal(["Cambodian Deputy PM"], Strings(bySlug["neth-savoeun"].GetProperty("roles")));
        Assert.Equal("Cambodia", bySlug["neth-savoeun"].GetProperty("country").GetString());
        Assert.Equal("Lê Kim Anh", bySlug["le-kim-anh"].GetProperty("name").GetString());
        Assert.Equal(["quoted"], Strings(bySlug["nguyen-phu-trong"].GetProperty("parts")));
        Assert.Equal(["attendee"], Strings(bySlug["vo-van-thuong"].GetProperty("parts")));
        Assert.Equal(["attendee"], Strings(bySlug["chea-kimtha"].GetProperty("parts")));
        Assert.Equal(["mentioned"], Strings(bySlug["ieng-sary"].GetProperty("parts")));
        Assert.Equal("/people/neth-savoeun", bySlug["neth-savoeun"].GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_person_has_roles_parts_events_articles_and_statements_with_the_paragraph_text()
    {
        var person = await GetJsonAsync("/api/people/neth-savoeun");
        var ceremony = await ArticleAsync(Ceremony);

        AssertFields(person, "slug", "name", "roles", "country", "parts", "events", "articles", "statements");
        Assert.Equal("Neth Savoeun", person.GetProperty("name").GetString());
        Assert.Equal(["Cambodian Deputy PM"], Strings(person.GetProperty("roles")));
        Assert.Equal("Cambodia", person.GetProperty("country").GetString());
        Assert.Equal(["speaker"], Strings(person.GetProperty("parts")));
        Assert.Equal(["2024-01-07-ceremony-hanoi"], person.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("slug").GetString()));
        var article = Assert.Single(person.GetProperty("articles").EnumerateArray());
        Assert.Equal(ceremony.GetProperty("slug").GetString(), article.GetProperty("slug").GetString());
        Assert.Equal("speaker", article.GetProperty("part").GetString());

        var statements = person.GetProperty("statements").EnumerateArray().ToList();
        Assert.All(statements, s => AssertFields(s, "article", "paragraph", "text", "date", "url"));
        Assert.Equal([11, 12, 13, 14], statements.Select(s => s.GetProperty("paragraph").GetInt32()));
        foreach (var statement in statements)
        {
            var number = statement.GetProperty("paragraph").GetInt32();
            Assert.Equal(ceremony.GetProperty("slug").GetString(), statement.GetProperty("article").GetString());
            Assert.Equal(Paragraph(ceremony, number), statement.GetProperty("text").GetString());
            Assert.Equal("2024-01-07", statement.GetProperty("date").GetString());
            Assert.Equal($"{ceremony.GetProperty("url").GetString()}#p-{number}", statement.GetProperty("url").GetString());
        }
    }

    [Theory]
    [InlineData("le-minh-khai", "2024-01-07-ceremony-hanoi")]
    [InlineData("vo-van-thuong", "2024-01-07-ceremony-hanoi")]
    [InlineData("nguyen-phu-trong", null)]
    [InlineData("pol-pot", null)]
    public async Task A_person_has_the_events_they_spoke_at_or_attended_and_none_they_were_only_quoted_or_mentioned_in(string slug, string? expected)
    {
        var person = await GetJsonAsync($"/api/people/{slug}");

        var events = person.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("slug").GetString()).ToList();
        Assert.Equal(expected is null ? [] : [expected], events);
    }

    [Fact]
    public async Task A_person_named_but_never_speaking_has_no_statements()
    {
        var person = await GetJsonAsync("/api/people/pol-pot");

        Assert.Empty(person.GetProperty("statements").EnumerateArray());
        Assert.Equal(["mentioned"], Strings(person.GetProperty("parts")));
        Assert.Equal(2, person.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public async Task Events_lists_both_commemorations_in_date_order_with_their_anniversary_speakers_articles_and_moments()
    {
        var events = (await GetJsonAsync("/api/events")).EnumerateArray().ToList();

        Assert.All(events, e => AssertFields(e, "slug", "kind", "place", "date", "anniversary", "speakers", "articles", "moments"));
        Assert.Equal(["2024-01-06-gathering-ha-noi", "2024-01-07-ceremony-hanoi"], events.Select(e => e.GetProperty("slug").GetString()));
        Assert.Equal(["gathering", "ceremony"], events.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(["Hà Nội", "Hanoi"], events.Select(e => e.GetProperty("place").GetString()));
        Assert.Equal(["2024-01-06", "2024-01-07"], events.Select(e => e.GetProperty("date").GetString()));
        Assert.All(events, e =>
        {
            AssertFields(e.GetProperty("anniversary"), "ordinal", "of");
            Assert.Equal(45, e.GetProperty("anniversary").GetProperty("ordinal").GetInt32());
            Assert.Equal("1979-01-07", e.GetProperty("anniversary").GetProperty("of").GetString());
            Assert.NotEmpty(e.GetProperty("moments").EnumerateArray());
        });
        Assert.Equal(["le-kim-anh"], events[0].GetProperty("speakers").EnumerateArray().Select(s => s.GetProperty("slug").GetString()));
        Assert.Equal(["le-minh-khai", "neth-savoeun"], events[1].GetProperty("speakers").EnumerateArray().Select(s => s.GetProperty("slug").GetString()));
        var reported = new List<string?>();
        foreach (var e in events)
        {
            var article = Assert.Single(e.GetProperty("articles").EnumerateArray());
            reported.Add((await GetJsonAsync("/api/articles/" + article.GetProperty("slug").GetString())).GetProperty("sourceFile").GetString());
        }

        Assert.Equal([Gathering, Ceremony], reported);
    }

    [Theory]
    [InlineData("Ha Noi")]
    [InlineData("hanoi")]
    [InlineData("Hà Nội")]
    public async Task Events_and_timeline_filtered_by_any_spelling_of_the_place_keep_both_events(string place)
    {
        var query = "?place=" + Uri.EscapeDataString(place);

        var events = await GetJsonAsync("/api/events" + query);
        var timeline = await GetJsonAsync("/api/timeline" + query);

        Assert.Equal(2, events.GetArrayLength());
        Assert.Equal(2, Assert.Single(timeline.GetProperty("anniversaries").EnumerateArray()).GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_place_has_no_events()
    {
        Assert.Equal(0, (await GetJsonAsync("/api/events?place=Paris")).GetArrayLength());
        Assert.Empty((await GetJsonAsync("/api/timeline?place=Paris")).GetProperty("anniversaries").EnumerateArray());
    }

    [Fact]
    public async Task Timeline_groups_the_events_under_their_anniversary_and_lists_the_recalled_dates_in_order()
    {
        var timeline = await GetJsonAsync("/api/timeline");

        AssertFields(timeline, "anniversaries", "context");
        var anniversary = Assert.Single(timeline.GetProperty("anniversaries").EnumerateArray());
        Assert.Equal(45, anniversary.GetProperty("anniversary").GetProperty("ordinal").GetInt32());
        Assert.Equal("1979-01-07", anniversary.GetProperty("anniversary").GetProperty("of").GetString());
        Assert.Equal(
            ["2024-01-06", "2024-01-07"],
            anniversary.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("date").GetString()));

        var context = timeline.GetProperty("context").EnumerateArray().ToList();
        Assert.Equal(
            [("1975-01-01", "year"), ("1975-04-01", "month"), ("1979-01-07", "day"), ("2017-07-01", "month")],
            context.Select(d => (d.GetProperty("date").GetString(), d.GetProperty("precision").GetString())));
        Assert.Equal([1, 1, 4, 1], context.Select(d => d.GetProperty("references").GetArrayLength()));
        Assert.All(context.SelectMany(d => d.GetProperty("references").EnumerateArray()), r =>
        {
            AssertFields(r, "article", "paragraph", "url");
            Assert.EndsWith($"#p-{r.GetProperty("paragraph").GetInt32()}", r.GetProperty("url").GetString());
        });
    }

    [Theory]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/people/no-such-person")]
    public async Task An_unknown_slug_is_404_with_problem_details(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
    }

    private async Task<JsonElement> ArticleAsync(string file)
    {
        var articles = await GetJsonAsync("/api/articles");
        var slug = articles.EnumerateArray().Single(a => a.GetProperty("sourceFile").GetString() == file).GetProperty("slug").GetString();
        return await GetJsonAsync("/api/articles/" + slug);
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static void AssertFields(JsonElement element, params string[] names)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        var present = element.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.All(names, name => Assert.Contains(name, present));
    }

    private static string Paragraph(JsonElement article, int index) =>
        article.GetProperty("paragraphs").EnumerateArray().Single(p => p.GetProperty("index").GetInt32() == index).GetProperty("text").GetString()!;

    private static List<(string?, string?, int)> MentionedDates(JsonElement article) =>
        article.GetProperty("mentionedDates").EnumerateArray()
            .Select(d => (d.GetProperty("date").GetString(), d.GetProperty("precision").GetString(), d.GetProperty("paragraph").GetInt32()))
            .ToList();

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();
}

[Collection(SeededSiteCollection.Name)]
public sealed class ReadingApiOnSqlite(ArchiveWebFactory factory) : ReadingApiTests(factory);

[Collection(PostgresSeededSiteCollection.Name)]
public sealed class ReadingApiOnPostgres(PostgresArchiveWebFactory factory) : ReadingApiTests(factory);
