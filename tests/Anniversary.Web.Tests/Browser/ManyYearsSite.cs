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

    /// <summary>Every wire report: with the seeds, more events than one page of the timeline holds (50).</summary>
    public static IEnumerable<string> WireReports() =>
        Directory.EnumerateFiles(WireFolder, "*.txt", SearchOption.AllDirectories);

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
