using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Anniversary.Archive.Parsing;

/// <summary>Strict decoding of a seed file's bytes: UTF-8 only, never a replacement character.</summary>
public static class SeedText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, SeedError? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (null, new SeedError(1, "the file is UTF-16; seed files must be UTF-8"));
        }

        // Without its mark, UTF-16 shows as a NUL beside the first letter; no seed file starts so.
        if (bytes.Length >= 2 && (bytes[0] == 0) != (bytes[1] == 0))
        {
            return (null, new SeedError(1, "the file looks like UTF-16 (a NUL byte beside every letter); seed files must be UTF-8"));
        }

        if (!Utf8.IsValid(bytes))
        {
            var offset = FirstInvalidOffset(bytes);
            var line = bytes[..offset].Count((byte)'\n') + 1;
            return (null, new SeedError(line, $"invalid UTF-8 byte 0x{bytes[offset]:X2} at byte offset {offset}"));
        }

        return (StrictUtf8.GetString(bytes), null);
    }

    private static int FirstInvalidOffset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }
}
