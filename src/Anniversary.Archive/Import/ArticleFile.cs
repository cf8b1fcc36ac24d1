using System.Security.Cryptography;
using System.Text;
using Anniversary.Archive.Extraction;
using Anniversary.Archive.Parsing;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Import;

/// <summary>One file read, parsed and understood, ready to store: everything of an import that needs no database.</summary>
public sealed record ReadArticle(
    string FileName,
    byte[] ContentHash,
    byte[] TextHash,
    string Text,
    string Title,
    string? Source,
    ParsedArticle Parsed,
    ArticleFacts Facts,
    IReadOnlyList<StoredParagraphHtml> ParagraphHtml,
    IndexedText Indexed);

/// <summary>
/// The article's texts as the search index sees them (<see cref="Search.SearchText.Normalize"/>d), made
/// while the file is read, on the reading threads, rather than by the one thread that writes.
/// </summary>
public sealed record IndexedText(string Title, string Standfirst, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Captions)
{
    public static IndexedText Of(string title, ParsedArticle article) => new(
        Search.SearchText.Normalize(title),
        Search.SearchText.Normalize(article.Standfirst ?? string.Empty),
        article.Elements.OfType<BodyParagraph>().Select(p => Search.SearchText.Normalize(p.Text)).ToList(),
        article.Elements.OfType<PhotoCaption>().Select(c => Search.SearchText.Normalize(c.Text)).ToList());
}

/// <summary>What reading one file gave: an article to store, a file already stored as it is, or a failure.</summary>
public sealed record ArticleFileResult(string FileName, ReadArticle? Article, ImportFailure? Failure)
{
    public bool Unchanged => Article is null && Failure is null;
}

/// <summary>
/// Reads one seed file within the import's limits and turns it into an article with its facts.
/// Pure CPU and file reading, so many files are read in parallel while the database writes.
/// </summary>
public static class ArticleFile
{
    public static ArticleFileResult Read(
        string path, string folder, Editorial editorial, ImportOptions options, Func<string, Sha256Digest?> storedHash, DateOnly today)
    {
        var fileName = Path.GetFileName(path);
        ArticleFileResult Fail(int? line, string reason) => new(fileName, null, new ImportFailure(fileName, line, reason));

        // A line break or a terminal escape in a name would forge lines of the import's report; such a name is shown escaped.
        if (fileName.Any(char.IsControl))
        {
            var shown = string.Concat(fileName.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
            return new(shown, null, new ImportFailure(shown, null, "the file name has control characters (shown as \\uXXXX); rename the file"));
        }

        var started = ImportTimings.Start();
        byte[] bytes;
        try
        {
            if (OutsideFolder(path, folder))
            {
                return Fail(null, "is a link to a file outside the folder; not followed");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.Length > options.MaxFileBytes)
            {
                return Fail(null, $"file is {stream.Length} bytes, over the limit of {options.MaxFileBytes} bytes; not read");
            }

            var (read, lineError) = ReadWithinLineLimit(stream, options.MaxLineBytes);
            if (lineError is not null)
            {
                return Fail(lineError.Line, lineError.Reason);
            }

            bytes = read!;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Gone since the folder was listed, unreadable, a link to nothing or a loop of links.
            return Fail(null, $"could not be read: {exception.Message}");
        }

        var metadata = editorial.Metadata.For(fileName);
        var hash = ContentHash(bytes, metadata, editorial.Overrides.FingerprintFor(fileName));
        if (storedHash(fileName) == Sha256Digest.Of(hash))
        {
            return new ArticleFileResult(fileName, null, null);
        }

        ImportTimings.Stop(ImportTimings.Stage.Read, started);
        started = ImportTimings.Start();
        var (text, decodeError) = SeedText.Decode(bytes);
        if (decodeError is not null)
        {
            return Fail(decodeError.Line, decodeError.Reason);
        }

        var parsed = SeedParser.Parse(text!);
        if (parsed.Error is { } parseError)
        {
            return Fail(parseError.Line, parseError.Reason);
        }

        var article = parsed.Article!;
        var latest = today.AddDays(options.FutureDaysAllowed);
        if (article.Date > latest)
        {
            return Fail(DateLine(text!), $"date {article.Date:yyyy-MM-dd} is after {latest:yyyy-MM-dd}, later than any report can be dated");
        }

        ImportTimings.Stop(ImportTimings.Stage.Parse, started);
        started = ImportTimings.Start();
        var facts = editorial.Overrides.Apply(fileName, ArticleExtractor.Extract(article), Lexicon.Default);
        ImportTimings.Stop(ImportTimings.Stage.Extract, started);
        started = ImportTimings.Start();
        var title = string.IsNullOrWhiteSpace(metadata?.Headline) ? article.Title : metadata.Headline.Trim();
        var source = string.IsNullOrWhiteSpace(metadata?.Source) ? null : metadata.Source.Trim();
        var readArticle = new ReadArticle(
            fileName, hash, SHA256.HashData(bytes), text!.TrimStart('\uFEFF'), title, source, article, facts, Render(article, facts), IndexedText.Of(title, article));
        ImportTimings.Stop(ImportTimings.Stage.Render, started);
        return new ArticleFileResult(fileName, readArticle, null);
    }

    /// <summary>The HTML of each body paragraph, its people's names linked by their index in <see cref="ArticleFacts.People"/>.</summary>
    private static List<StoredParagraphHtml> Render(ParsedArticle article, ArticleFacts facts)
    {
        var people = facts.People.Select((person, index) => (person.Key, index)).ToDictionary(p => p.Key, p => p.index, StringComparer.Ordinal);
        var links = facts.Mentions.ToLookup(m => m.Position, m => (m.Start, m.Length, Person: people[m.PersonKey]));
        return article.Elements
            .Select((element, position) => (element, position))
            .Where(e => e.element is BodyParagraph)
            .Select(e => StoredParagraphHtml.Render(e.element.Text, links[e.position].Select(link =>
                (link.Start, link.Length, link.Person, VariantNote(e.element.Text.Substring(link.Start, link.Length), facts.People[link.Person])))))
            .ToList();
    }

    /// <summary>"Mao Sophal" written for Mao Sophan: a spelling of the name other than the person's, noted on the link.</summary>
    private static string? VariantNote(string written, ExtractedPerson person)
    {
        var folded = TextFolding.Fold(Lexicon.StripPossessive(written));
        return folded == person.Key || person.Key.EndsWith(" " + folded, StringComparison.Ordinal)
            ? null
            : $"{person.Name}, spelt “{Lexicon.StripPossessive(written)}” here";
    }

    /// <summary>A link is followed only to a file in the folder itself; the folder's own path may be a link.</summary>
    private static bool OutsideFolder(string path, string folder)
    {
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
        if (target is null)
        {
            return false;
        }

        var realFolder = new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(folder);
        var targetFolder = Path.GetDirectoryName(target.FullName);
        return !string.Equals(Path.TrimEndingDirectorySeparator(targetFolder ?? string.Empty), Path.TrimEndingDirectorySeparator(realFolder), StringComparison.Ordinal);
    }

    /// <summary>
    /// Reads the file in pieces into a buffer grown as it fills, not sized from the file's length: a
    /// file with an overlong line is refused as soon as the line passes the limit, having cost only
    /// what was read of it.
    /// </summary>
    private static (byte[]? Bytes, SeedError? Error) ReadWithinLineLimit(FileStream stream, int maxLineBytes)
    {
        const int piece = 64 * 1024;
        var length = stream.Length;
        var bytes = new byte[(int)Math.Min(length, piece)];
        int read = 0, line = 1, lineLength = 0;
        while (true)
        {
            if (read == bytes.Length)
            {
                if (read >= length)
                {
                    return (bytes, null);
                }

                Array.Resize(ref bytes, (int)Math.Min(length, 2L * bytes.Length));
            }

            var count = stream.Read(bytes, read, Math.Min(piece, bytes.Length - read));
            if (count == 0)
            {
                return (bytes[..read], null);
            }

            foreach (var b in bytes.AsSpan(read, count))
            {
                if (b == (byte)'\n')
                {
                    line++;
                    lineLength = 0;
                }
                else if (++lineLength > maxLineBytes)
                {
                    return (null, new SeedError(line, $"line is over the limit of {maxLineBytes} bytes"));
                }
            }

            read += count;
        }
    }

    private static int DateLine(string text)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        return index < 0 ? 1 : index + 1;
    }

    private static byte[] ContentHash(byte[] bytes, ArticleMetadata? metadata, string overrides)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bytes);
        hash.AppendData(Encoding.UTF8.GetBytes($"\0{ImportFormat.Version}\0{metadata?.Headline}\0{metadata?.Source}\0{overrides}"));
        return hash.GetHashAndReset();
    }
}
