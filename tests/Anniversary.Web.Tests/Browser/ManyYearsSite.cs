using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Browser;

/// <summary>
/// The browser against an archive of many years: the seeds and every wire report of the extraction tests
/// (2012 to 2025, VNA, VNS, AKP, Fresh News, Khmer Times, Phnom Penh Post, Nhân Dân, QĐND), imported at start-up
/// as a new user would, without their annotations.
/// </summary>
public sealed class ManyYearsSite : BrowserSite
{
    private readonly TempFolder _reports;

    public ManyYearsSite()
        : this(Gathered())
    {
    }

    private ManyYearsSite(TempFolder reports)
        : base(new ArchiveWebFactory { SeedsPath = reports.Path }) => _reports = reports;

    public static string WireFolder => Path.Combine(RepositoryPaths.Root, "tests", "Anniversary.Archive.Tests", "Extraction", "Wire");

    /// <summary>
    /// The wire reports of the tuning and first two held-out sets: 48, so that with the seeds the whole archive is one
    /// page of the timeline (50 events), as the checks of its index of years assume. The third held-out set would add
    /// a second page, whose years the first page's index does not list.
    /// </summary>
    public static IEnumerable<string> WireReports() =>
        Directory.EnumerateFiles(WireFolder, "*.txt", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) != "HeldOut3");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _reports.Dispose();
    }

    private static TempFolder Gathered()
    {
        var folder = new TempFolder();
        var reports = Directory.EnumerateFiles(RepositoryPaths.Seeds)
            .Concat(WireReports());
        foreach (var report in reports)
        {
            File.Copy(report, folder.File(Path.GetFileName(report)));
        }

        return folder;
    }
}

[CollectionDefinition(Name)]
public sealed class ManyYearsCollection : ICollectionFixture<ManyYearsSite>
{
    public const string Name = "Browser, many years";
}
