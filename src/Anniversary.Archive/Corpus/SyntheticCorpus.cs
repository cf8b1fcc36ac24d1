using System.Globalization;
using System.Text;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Corpus;

/// <summary>
/// Deterministic synthetic reports in the seed format, for scale tests and benchmarks: paragraphs
/// as long as the <see cref="CorpusShape"/> says, speakers with roles and speech verbs, captions,
/// credits, Vietnamese names with and without diacritics, dates from 1975 to 2025, words common to
/// most reports and others rare. Word lists and templates are its own.
/// </summary>
public sealed class SyntheticCorpus(int seed, CorpusShape? shape = null)
{
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] MaleMiddle = ["Văn", "Minh", "Hữu", "Đức", "Quốc", "Thanh"];
    private static readonly string[] FemaleMiddle = ["Thị", "Thu", "Ngọc", "Kim"];
    private static readonly string[] MaleGiven = ["Bình", "Cường", "Dũng", "Hải", "Hùng", "Long", "Nam", "Phong", "Quân", "Sơn", "Tuấn", "Vinh", "Khoa", "Thắng"];
    private static readonly string[] FemaleGiven = ["Hà", "Hạnh", "Lan", "Linh", "Mai", "Phương", "Thảo", "Trang", "Yến", "Hoa", "Nga"];
    private static readonly string[] Places = ["Hà Nội", "Hồ Chí Minh City", "Tây Ninh", "Đồng Tháp", "An Giang", "Kiên Giang", "Cần Thơ", "Huế", "Đà Nẵng", "Quảng Trị", "Nghệ An", "Hải Phòng"];
    private static readonly string[] Kinds = ["ceremony", "gathering", "meeting", "seminar", "reception", "conference", "exhibition"];
    private static readonly string[] Titles = ["Deputy Prime Minister", "Minister of Culture", "Chairman of the provincial People’s Committee", "Vice Chairwoman of the city People’s Committee", "Director of the Department of Foreign Affairs", "Ambassador", "Secretary of the Party Committee", "President of the Veterans’ Association"];
    private static readonly string[] Verbs = ["said", "affirmed", "stressed", "underlined", "highlighted", "noted", "recalled", "emphasised", "pledged"];
    private static readonly string[] Themes = ["the friendship between the two peoples", "the sacrifice of volunteer soldiers", "cooperation in education and health", "the reconstruction of border communes", "support for families of war martyrs", "trade along the Mekong corridor", "the preservation of historical relics", "exchanges between young people"];
    private static readonly string[] Closings = ["must be passed on to future generations", "has grown stronger over the decades", "remains a source of pride", "deserves further research and recognition", "will be expanded in the coming years"];
    private static readonly string[] Moments = ["Participants enjoyed art performances by local students.", "Veterans recounted their memories of the battlefield.", "Gift packages were presented to families of martyrs.", "Delegates offered incense at the memorial."];

    // The sentences that grow a sized report's paragraphs: a few words in most reports, most words in few.
    private static readonly string[] Subjects = ["The two sides", "Local authorities", "Delegates", "The provincial leaders", "Veterans", "Young people", "The organisers", "Both countries", "Residents of the border communes", "Experts"];
    private static readonly string[] Actions = ["reviewed", "discussed", "welcomed", "supported", "agreed on", "called for", "praised", "looked back on", "proposed", "reported on", "committed to", "celebrated"];
    private static readonly string[] Nouns = ["cooperation", "development", "friendship", "exchanges", "investment", "tourism", "agriculture", "infrastructure", "education", "health care", "culture", "trade", "security", "solidarity", "research", "training", "heritage", "memorials", "irrigation", "fisheries", "scholarships", "vocational schools", "rice production", "border markets", "cemeteries", "archives", "museums", "bridges", "roads", "hospitals", "clean water", "electricity", "handicrafts", "forestry", "rubber plantations", "demining", "reforestation", "textbooks", "libraries", "youth unions"];
    private static readonly string[] Qualities = ["close", "practical", "effective", "long-standing", "sustainable", "comprehensive", "special", "traditional", "mutual", "regional", "historic", "new"];
    private static readonly string[] Times = ["in recent years", "over the past decades", "this year", "in the coming period", "since the liberation", "during the war years", "after the reunification", "in the first half of the year"];

    private readonly Random _random = new(seed);
    private readonly CorpusShape _shape = shape ?? CorpusShape.Sentences;

    /// <summary>Writes <paramref name="count"/> files named <c>NNNNNN.txt</c> into <paramref name="folder"/>.</summary>
    public void WriteTo(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var digits = Math.Max(6, count.ToString(CultureInfo.InvariantCulture).Length);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, i.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0') + ".txt"), Next(), new UTF8Encoding(false));
        }
    }

    public string Next()
    {
        var date = new DateOnly(1975, 1, 1).AddDays(_random.Next(0, 51 * 365));
        var place = Ranked(Places);
        var kind = Pick(Kinds);
        var theme = Pick(Themes);
        var text = new StringBuilder();
        var eventDay = date.ToString("MMMM d", CultureInfo.InvariantCulture);
        text.Append($"date {date:yyyy-MM-dd} A {kind} took place in {Plain(place)} on {eventDay} to discuss {theme}.\n\n");

        var speakers = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Person()).ToList();
        var paragraphs = _random.Next(_shape.MinParagraphs, _shape.MaxParagraphs + 1);
        for (var p = 0; p < paragraphs; p++)
        {
            var speaker = speakers[p * speakers.Count / paragraphs];
            var first = p == 0 || speakers[(p - 1) * speakers.Count / paragraphs] != speaker;
            var clause = $"{Pick(Themes)} {Pick(Closings)}";
            var paragraph = (p % 7, first) switch
            {
                (_, true) => $"{speaker.Name}, {speaker.Title}, {Pick(Verbs)} that {clause}.",
                (3, _) => $"The cooperation began in {Month(1975, 2025)} and {Pick(Closings)}, according to the organisers.",
                (5, _) => $"{Capital(clause)}, {speaker.ShortName} {Pick(Verbs)}.",
                _ => $"{(speaker.Female ? "She" : "He")} {Pick(Verbs)} that {clause}.",
            };
            text.Append(paragraph);
            Grow(text, paragraph);
            text.Append("\n\n");
            if (p == 1)
            {
                text.Append($"{speaker.Name} and delegates at the {kind} (Photo: VNA)\n\n");
            }
        }

        text.Append(Pick(Moments)).Append("\n\n");
        text.Append(_random.Next(2) == 0 ? "VNA\n" : "VNA/VNS\n");
        return text.ToString();
    }

    /// <summary>Adds sentences to a sized report's paragraph while they fit in the words drawn for it.</summary>
    private void Grow(StringBuilder text, string paragraph)
    {
        if (!_shape.Sized)
        {
            return;
        }

        var words = paragraph.Count(c => c == ' ') + 1;
        var wanted = _random.Next(_shape.MinWords, _shape.MaxWords + 1);
        while (true)
        {
            var sentence = _random.Next(4) switch
            {
                0 => $"{Ranked(Subjects)} {Ranked(Actions)} {Ranked(Qualities)} {Ranked(Nouns)} and {Ranked(Nouns)} in {Plain(Ranked(Places))} {Ranked(Times)}.",
                1 => $"{Capital(Ranked(Nouns))} in {Plain(Ranked(Places))} {Pick(Closings)}, while {Ranked(Nouns)} {Pick(Closings)}.",
                2 => $"{Ranked(Subjects)} {Ranked(Actions)} {Pick(Themes)} and the {Ranked(Qualities)} {Ranked(Nouns)} of the people of {Plain(Ranked(Places))}.",
                _ => $"In {Month(1975, 2025)}, {Ranked(Subjects).ToLowerInvariant()} {Ranked(Actions)} {Ranked(Nouns)}, {Ranked(Nouns)} and {Ranked(Nouns)} {Ranked(Times)}.",
            };
            words += sentence.Count(c => c == ' ') + 1;
            if (words > wanted)
            {
                return;
            }

            text.Append(' ').Append(sentence);
        }
    }

    private (string Name, string ShortName, string Title, bool Female) Person()
    {
        var female = _random.Next(3) == 0;
        var given = female ? Ranked(FemaleGiven) : Ranked(MaleGiven);
        var name = $"{Ranked(FamilyNames)} {(female ? Ranked(FemaleMiddle) : Ranked(MaleMiddle))} {given}";
        var title = Pick(Titles.Where(t => female ? !t.Contains("Chairman") : !t.Contains("woman")).ToList());
        return (Plain(name), Plain(given), title, female);
    }

    /// <summary>Half the names and places lose their diacritics, as agency copy often writes them.</summary>
    private string Plain(string text) => _random.Next(2) == 0 ? text : Slug.From(text).Split('-').Select(Capital).Aggregate((a, b) => $"{a} {b}");

    private string Month(int from, int to) => new DateOnly(_random.Next(from, to + 1), _random.Next(1, 13), 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>In a sized shape, the item of rank r is drawn with weight 1/r (Zipf); otherwise evenly.</summary>
    private T Ranked<T>(IReadOnlyList<T> items)
    {
        if (!_shape.Sized)
        {
            return Pick(items);
        }

        var harmonic = 0.0;
        for (var rank = 1; rank <= items.Count; rank++)
        {
            harmonic += 1.0 / rank;
        }

        var draw = _random.NextDouble() * harmonic;
        for (var rank = 1; rank <= items.Count; rank++)
        {
            draw -= 1.0 / rank;
            if (draw <= 0)
            {
                return items[rank - 1];
            }
        }

        return items[^1];
    }
}
