using System.Buffers;
using System.Buffers.Binary;

namespace Anniversary.Archive.Import;

/// <summary>
/// A SHA-256 as the import keeps it in memory for every stored file: 32 bytes in place of its
/// 64-character hex text (about 150 bytes), since the maps of stored files grow with the archive.
/// Anything but 64 hex digits (the empty hash of an article marked for import again) is the default,
/// which equals no file's hash.
/// </summary>
public readonly record struct Sha256Digest(UInt128 High, UInt128 Low)
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public static Sha256Digest Parse(string hex)
    {
        if (hex.Length != 64 || hex.AsSpan().ContainsAnyExcept(HexDigits))
        {
            return default;
        }

        Span<byte> bytes = stackalloc byte[32];
        Convert.FromHexString(hex, bytes, out _, out _);
        return new Sha256Digest(BinaryPrimitives.ReadUInt128BigEndian(bytes), BinaryPrimitives.ReadUInt128BigEndian(bytes[16..]));
    }
}
