namespace Anniversary.Archive.Tests.Support;

/// <summary>Finds the repository from the test output folder, so the seeds exist in one copy only.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SeedsFolder => Path.Combine(Root, "seeds");

    public static string TestDataFolder => Path.Combine(AppContext.BaseDirectory, "TestData");

    public static string Seed(string fileName) => Path.Combine(SeedsFolder, fileName);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Anniversary.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Anniversary.sln.");
    }
}
