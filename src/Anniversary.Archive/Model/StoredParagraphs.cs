using System.IO.Compression;
using System.Text;

namespace Anniversary.Archive.Model;

/// <summary>
/// An article's body paragraphs as one stored block (<see cref="ArticleBody"/>): each paragraph's
/// position, text and stored HTML, in paragraph order, then the rest of the file's text as imported
/// (<see cref="Anniversary.Archive.Text.StoredOriginal.Cut"/>: date line, captions, line ends, where
/// each paragraph goes back), then the figures (position, caption, credit), compressed with Brotli as
/// a whole: a figure's caption is in the text as imported already, so it costs a few bytes more. Short paragraphs compress poorly one
/// by one; an article's paragraphs together share their words, and the rest of the text, a row of its
/// own before, takes a third of its size in the block. The block starts with the length of what it
/// holds, so a reader decompresses it in one call into a buffer of the right size.
/// </summary>
public static class StoredParagraphs
{
    // Brotli's middle quality, 5 of 11, at a 64 KiB window (more than any report): the one writer
    // thread compresses every article, so the import's speed counts as much as the bytes.
    private const int Quality = 5, Window = 16;

    public static byte[] Pack(IReadOnlyList<Paragraph> paragraphs, string original, IReadOnlyList<Figure>? figures = null)
    {
        using var plain = new MemoryStream();
        using (var writer = new BinaryWriter(plain, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(paragraphs.Count);
            foreach (var paragraph in paragraphs)
            {
                writer.Write7BitEncodedInt(paragraph.Position);
                writer.Write(paragraph.Text);
                writer.Write(paragraph.Html);
            }

            writer.Write(original);
            writer.Write7BitEncodedInt(figures?.Count ?? 0);
            foreach (var figure in figures ?? [])
            {
                writer.Write7BitEncodedInt(figure.Position);
                writer.Write(figure.Caption);
                writer.Write(figure.Credit is not null);
                writer.Write(figure.Credit ?? string.Empty);
            }
        }

        var source = plain.GetBuffer().AsSpan(0, (int)plain.Length);
        var block = new byte[5 + BrotliEncoder.GetMaxCompressedLength(source.Length)];
        var header = LengthPrefix(block, source.Length);
        if (!BrotliEncoder.TryCompress(source, block.AsSpan(header), out var written, Quality, Window))
        {
            throw new InvalidOperationException("Brotli could not compress an article's paragraphs.");
        }

        return block[..(header + written)];
    }

    /// <summary>Every paragraph, numbered from 1 in order; none for an article stored without a body.</summary>
    public static List<Paragraph> Read(byte[]? block) => ReadAll(block).Paragraphs;

    /// <summary>The figures in order; none for a block written before <c>FiguresInBody</c> (its article marked for importing again).</summary>
    public static List<Figure> Figures(byte[]? block) => ReadAll(block).Figures;

    /// <summary>What a block holds, read in one pass: the article page needs its paragraphs and its figures.</summary>
    public static (List<Paragraph> Paragraphs, string? Original, List<Figure> Figures) ReadAll(byte[]? block)
    {
        var paragraphs = new List<Paragraph>();
        var figures = new List<Figure>();
        if (block is null || block.Length == 0)
        {
            return (paragraphs, null, figures);
        }

        using var reader = new BinaryReader(new MemoryStream(Decompress(block)), Encoding.UTF8);
        var count = reader.Read7BitEncodedInt();
        for (var number = 1; number <= count; number++)
        {
            paragraphs.Add(new Paragraph { Number = number, Position = reader.Read7BitEncodedInt(), Text = reader.ReadString(), Html = reader.ReadString() });
        }

        var original = reader.BaseStream.Position < reader.BaseStream.Length ? reader.ReadString() : null;
        for (var left = reader.BaseStream.Position < reader.BaseStream.Length ? reader.Read7BitEncodedInt() : 0; left > 0; left--)
        {
            var figure = new Figure { Position = reader.Read7BitEncodedInt(), Caption = reader.ReadString() };
            var credited = reader.ReadBoolean();
            var credit = reader.ReadString();
            figure.Credit = credited ? credit : null;
            figures.Add(figure);
        }

        return (paragraphs, original, figures);
    }

    /// <summary>
    /// The rest of the file's text as imported, for <see cref="Anniversary.Archive.Text.StoredOriginal.Rebuild"/>;
    /// null for a block without it (written before <c>OriginalInBody</c>, its article marked for importing again).
    /// </summary>
    public static string? Original(byte[]? block)
    {
        if (block is null || block.Length == 0)
        {
            return null;
        }

        using var reader = new BinaryReader(new MemoryStream(Decompress(block)), Encoding.UTF8);
        for (var count = reader.Read7BitEncodedInt(); count > 0; count--)
        {
            reader.Read7BitEncodedInt();
            reader.ReadString();
            reader.ReadString();
        }

        return reader.BaseStream.Position < reader.BaseStream.Length ? reader.ReadString() : null;
    }

    /// <summary>The first paragraph's text: an article's lead when it has no standfirst.</summary>
    public static string? Lead(byte[]? block) => Read(block).FirstOrDefault()?.Text;

    /// <summary>The paragraphs' texts in order, as the download rebuilds the file from them.</summary>
    public static List<string> Texts(byte[]? block) => Read(block).Select(p => p.Text).ToList();

    private static byte[] Decompress(byte[] block)
    {
        var length = 0;
        var at = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = block[at++];
            length |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }
        }

        var plain = new byte[length];
        if (!BrotliDecoder.TryDecompress(block.AsSpan(at), plain, out var written) || written != length)
        {
            throw new InvalidDataException("An article's stored paragraphs are not a whole Brotli block.");
        }

        return plain;
    }

    private static int LengthPrefix(byte[] block, int length)
    {
        var at = 0;
        var value = (uint)length;
        while (value >= 0x80)
        {
            block[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        block[at++] = (byte)value;
        return at;
    }
}
