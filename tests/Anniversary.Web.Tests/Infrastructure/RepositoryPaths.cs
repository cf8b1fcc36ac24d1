namespace Anniversary.Web.Tests.Infrastructure;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Anniversary.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Anniversary.sln not found above " + AppContext.BaseDirectory);
    }
}
