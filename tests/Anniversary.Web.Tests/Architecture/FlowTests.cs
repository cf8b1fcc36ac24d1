using System.Reflection;
using Anniversary.Archive.Data;
using NetArchTest.Rules;

namespace Anniversary.Web.Tests.Architecture;

/// <summary>
/// Data flows one way: file → parser → extraction → importer → engine → reading → page. Each folder
/// may use the folders before it in <see cref="Flow"/>, never one after it, and only the
/// registration of an engine names the engine.
/// </summary>
public sealed class FlowTests
{
    private static readonly Assembly Archive = typeof(ArchiveDbContext).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;

    /// <summary>The archive's folders in the order data passes through them; foundations first.</summary>
    public static readonly string[] Flow =
    [
        "Anniversary.Archive.Text",
        "Anniversary.Archive.Model",
        "Anniversary.Archive.Corpus",
        "Anniversary.Archive.Parsing",
        "Anniversary.Archive.Extraction",
        "Anniversary.Archive.Data",
        "Anniversary.Archive.Search",
        "Anniversary.Archive.Import",
        "Anniversary.Archive.Data.Sqlite",
        "Anniversary.Archive.Data.Postgres",
        "Anniversary.Archive.Reading",
    ];

    private const string EngineNamespace = "Anniversary.Archive.Data.";

    public static TheoryData<string> Folders() => [.. Flow];

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_no_folder_after_it(string folder)
    {
        var later = Flow.SkipWhile(name => name != folder).Skip(1).ToArray();
        var result = Types.InAssembly(Archive).That().ResideInNamespaceMatching($"^{Escape(folder)}$")
            .ShouldNot().HaveDependencyOnAny(later).GetResult();

        Assert.True(result.IsSuccessful, $"{folder} uses a later folder: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Every_folder_of_the_archive_has_its_place_in_the_flow()
    {
        var folders = Archive.GetTypes().Select(type => type.Namespace)
            .Where(name => name is not null && name.StartsWith("Anniversary.Archive.", StringComparison.Ordinal))
            .Select(name => Flow.Where(folder => name == folder || name!.StartsWith(folder + ".", StringComparison.Ordinal))
                .DefaultIfEmpty(name!).Last())
            .Distinct();

        Assert.All(folders, folder => Assert.Contains(folder, Flow));
    }

    [Fact]
    public void Only_the_registration_of_an_engine_names_it()
    {
        var engines = Archive.GetTypes().Select(type => type.Namespace)
            .Where(name => name is not null && name.StartsWith(EngineNamespace, StringComparison.Ordinal) && name.Split('.').Length == 4)
            .Distinct().ToArray();
        Assert.NotEmpty(engines);

        var archive = Types.InAssembly(Archive).That().ResideInNamespaceMatching(@"^Anniversary\.Archive\.(?!Data\.)")
            .ShouldNot().HaveDependencyOnAny(engines).GetResult();
        var web = Types.InAssembly(Web).That().DoNotHaveName("Program")
            .ShouldNot().HaveDependencyOnAny(engines).GetResult();

        Assert.True(archive.IsSuccessful, $"outside its engine: {string.Join(", ", archive.FailingTypeNames ?? [])}");
        Assert.True(web.IsSuccessful, $"the site names an engine: {string.Join(", ", web.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void An_engine_uses_no_other_engine()
    {
        var engines = Flow.Where(folder => folder.StartsWith(EngineNamespace, StringComparison.Ordinal)).ToArray();
        Assert.Equal(["Anniversary.Archive.Data.Sqlite", "Anniversary.Archive.Data.Postgres"], engines);

        foreach (var engine in engines)
        {
            var result = Types.InAssembly(Archive).That().ResideInNamespaceMatching($"^{Escape(engine)}(\\.|$)")
                .ShouldNot().HaveDependencyOnAny(engines.Where(other => other != engine).ToArray()).GetResult();
            Assert.True(result.IsSuccessful, $"{engine} uses another engine: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }
    }

    [Fact]
    public void The_check_sees_a_dependency_inside_an_async_method()
    {
        // The importer's use of extraction sits in async code, compiled into a nested state machine:
        // if the check could not see it, every rule above would pass vacuously.
        var found = Types.InAssembly(Archive).That().ResideInNamespaceMatching(@"^Anniversary\.Archive\.Import$")
            .And().HaveDependencyOn("Anniversary.Archive.Extraction").GetTypes();

        Assert.NotEmpty(found);
    }

    private static string Escape(string folder) => folder.Replace(".", @"\.", StringComparison.Ordinal);
}
