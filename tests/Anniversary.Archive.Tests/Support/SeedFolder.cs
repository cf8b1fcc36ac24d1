using System.Text;
using Anniversary.Archive.Import;

namespace Anniversary.Archive.Tests.Support;

/// <summary>A temporary folder of seed files, deleted on dispose. Build it up with the <c>With*</c> methods.</summary>
public sealed class SeedFolder : IDisposable
{
    public const string Seed000 = "000_354021721e707285.txt";
    public const string Seed001 = "001_ef79043fe6377dc1.txt";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public SeedFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "anniversary-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The repository's seeds, byte for byte, and its <c>articles.json</c> unless told otherwise.</summary>
    public static SeedFolder WithRepositorySeeds(bool metadata = true)
    {
        var folder = new SeedFolder();
        foreach (var seed in Directory.EnumerateFiles(Repository.SeedsFolder, "*.txt"))
        {
            folder.WithBytes(System.IO.Path.GetFileName(seed), File.ReadAllBytes(seed));
        }

        if (metadata)
        {
            folder.WithBytes(EditorialMetadata.FileName, File.ReadAllBytes(Repository.Seed(EditorialMetadata.FileName)));
        }

        return folder;
    }

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes (or overwrites) a file as UTF-8 without a byte-order mark.</summary>
    public SeedFolder With(string name, string text) => WithBytes(name, Utf8NoBom.GetBytes(text));

    public SeedFolder WithBytes(string name, byte[] bytes)
    {
        // Written afresh rather than copied: the repository's seeds are read-only and copies must be editable.
        System.IO.File.WriteAllBytes(PathOf(name), bytes);
        return this;
    }

    public SeedFolder Without(string name)
    {
        System.IO.File.Delete(PathOf(name));
        return this;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
