using System.Buffers.Binary;

namespace Anniversary.Archive.Import;

/// <summary>
/// A SHA-256 as the import keeps it in memory for every stored file: 32 bytes in two numbers, where
/// an array would cost a header and a reference besides, since the maps of stored files grow with
/// the archive. Anything but 32 bytes (the empty hash of an article marked for import again) is the
/// default, which equals no file's hash.
/// </summary>
public readonly record struct Sha256Digest(UInt128 High, UInt128 Low)
{
    public static Sha256Digest Of(ReadOnlySpan<byte> bytes) =>
        bytes.Length == 32 ? new Sha256Digest(BinaryPrimitives.ReadUInt128BigEndian(bytes), BinaryPrimitives.ReadUInt128BigEndian(bytes[16..])) : default;
}
