using System.Text;
using Anniversary.Archive.Parsing;

namespace Anniversary.Archive.Tests.Parsing;

public sealed class SeedTextTests
{
    private static byte[] Bytes(params object[] parts) =>
        parts.SelectMany(part => part switch
        {
            string text => Encoding.UTF8.GetBytes(text),
            byte[] raw => raw,
            _ => throw new ArgumentException(part.GetType().Name),
        }).ToArray();

    [Fact]
    public void Valid_utf8_decodes_unchanged()
    {
        const string text = "date 2024-01-06 HÀ NỘI – Lê Kim Anh, “Việt Nam”.\n";

        var (decoded, error) = SeedText.Decode(Encoding.UTF8.GetBytes(text));

        Assert.Null(error);
        Assert.Equal(text, decoded);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 }, 0xC3)] // a lead byte followed by ASCII
    [InlineData(new byte[] { 0xC0 }, 0xC0)] // Windows-1258 "À"
    [InlineData(new byte[] { 0x80 }, 0x80)] // a lone continuation byte
    [InlineData(new byte[] { 0xC0, 0x80 }, 0xC0)] // an overlong NUL
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 0xED)] // an encoded surrogate
    public void Invalid_utf8_is_an_error_naming_the_line_and_byte(byte[] bad, int badByte)
    {
        var bytes = Bytes("date 2024-01-07 A lead.\n\nSecond paragraph.\nThird ", bad, " line.\n");

        var (text, error) = SeedText.Decode(bytes);

        Assert.Null(text);
        Assert.NotNull(error);
        Assert.Equal(4, error.Line);
        Assert.Contains($"0x{badByte:X2}", error.Reason);
        Assert.Contains($"offset {Encoding.UTF8.GetByteCount("date 2024-01-07 A lead.\n\nSecond paragraph.\nThird ")}", error.Reason);
    }

    [Fact]
    public void Invalid_utf8_on_the_first_line_names_line_1()
    {
        var (_, error) = SeedText.Decode(Bytes("date 2024-01-07 H", new byte[] { 0xC0 }, " N", new byte[] { 0xD4 }, "I\n"));

        Assert.Equal(1, error?.Line);
    }

    [Fact]
    public void A_sequence_cut_off_at_the_end_is_an_error_on_the_last_line()
    {
        var (_, error) = SeedText.Decode(Bytes("date 2024-01-07 A lead.\r\n\r\nVi", new byte[] { 0xE1, 0xBB }));

        Assert.Equal(3, error?.Line);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_utf16_byte_order_mark_is_an_error(bool bigEndian)
    {
        var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. utf16.GetPreamble(), .. utf16.GetBytes("date 2024-01-07 A lead.\n")];

        var (text, error) = SeedText.Decode(bytes);

        Assert.Null(text);
        Assert.Equal(1, error?.Line);
        Assert.Contains("UTF-16", error?.Reason);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        var (text, error) = SeedText.Decode(Bytes(new byte[] { 0xEF, 0xBB, 0xBF }, "date 2024-01-07 A lead.\n"));

        Assert.Null(error);
        Assert.EndsWith("date 2024-01-07 A lead.\n", text);
        Assert.True(SeedParser.Parse(text!).Error is null);
    }

    [Fact]
    public void An_empty_file_decodes_to_empty_text()
    {
        var (text, error) = SeedText.Decode([]);

        Assert.Null(error);
        Assert.Equal(string.Empty, text);
    }
}
