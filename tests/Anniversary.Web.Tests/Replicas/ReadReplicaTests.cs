using System.Net;
using System.Text.Json;
using Anniversary.Archive;
using Anniversary.Tests.Shared;
using Anniversary.Web.Tests.CrashSafety;
using Anniversary.Web.Tests.Infrastructure;
using Npgsql;

namespace Anniversary.Web.Tests.Replicas;

/// <summary>
/// The archive on a PostgreSQL primary and a streaming standby of it, named in one multi-host
/// connection string: pages read from the standby, or from the primary while the standby is down;
/// with the primary stopped they keep answering, and an import, which must write to the primary,
/// says plainly that it cannot.
/// </summary>
public sealed class ReadReplicaTests : IAsyncLifetime
{
    private PostgresServer? _primary;
    private PostgresServer? _standby;

    public async Task InitializeAsync()
    {
        _primary = await PostgresServer.StartAsync();
        _standby = await _primary.StartStandbyAsync();
    }

    public Task DisposeAsync()
    {
        _standby?.Dispose();
        _primary?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task With_the_primary_stopped_pages_answer_from_the_standby_and_an_import_fails_saying_why()
    {
        // A host found down is tried again after a second (Npgsql's default is ten).
        var connectionString = $"Host=127.0.0.1:{_primary!.Port},127.0.0.1:{_standby!.Port};Username=postgres;Database=archive;Host Recheck Seconds=1";
        await using var site = new ArchiveWebFactory { Engine = ArchiveEngine.Postgres, PostgresConnectionString = connectionString, Caching = false };
        var client = site.CreateClient();

        // The site migrated and imported the seeds on the primary; the standby replays them.
        await StandbyHoldsArticlesAsync(2);
        Assert.Equal(2, await ArticleCountAsync(client));

        // The standby down: reads go to the primary, and an import runs.
        await _standby.StopAsync();
        Assert.Equal(2, await ArticleCountAsync(client));
        using (var reimport = ArchiveProcess.Start(Configuration(connectionString), "import", RepositoryPaths.Seeds))
        {
            Assert.Equal(0, await reimport.WaitForExitAsync());
            Assert.Contains("imported 0, updated 0, unchanged 2, failed 0", reimport.Output);
        }

        await _standby.RestartAsync();
        await StandbyHoldsArticlesAsync(2);
        await _primary.StopAsync();

        Assert.Equal(2, await ArticleCountAsync(client));
        var article = await client.GetAsync("/articles/2024/01/07/hanoi-ceremony-marks-45th-anniversary-of-southwest-border-defense-victory");
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Contains("Neth Savoeun", await article.Content.ReadAsStringAsync());
        var search = await client.GetAsync("/api/search?q=khai");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.True(JsonDocument.Parse(await search.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32() > 0);

        using var import = ArchiveProcess.Start(Configuration(connectionString), "import", RepositoryPaths.Seeds);
        Assert.Equal(1, await import.WaitForExitAsync());
        Assert.Contains("error: the archive's database cannot take the import:", import.Error);
        Assert.DoesNotContain("   at ", import.Error + import.Output);
    }

    private static Dictionary<string, string> Configuration(string connectionString) =>
        new() { ["Archive__Engine"] = "postgres", ["ConnectionStrings__Archive"] = connectionString };

    private static async Task<int> ArticleCountAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/articles");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetArrayLength();
    }

    private async Task StandbyHoldsArticlesAsync(int count)
    {
        await using var connection = new NpgsqlConnection(_standby!.ConnectionString("archive") + ";Pooling=false");
        await connection.OpenAsync();
        for (var waited = 0; ; waited += 50)
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM \"Articles\"", connection);
            if ((long)(await command.ExecuteScalarAsync())! == count)
            {
                return;
            }

            Assert.True(waited < 30_000, "the standby did not replay the seeds' import");
            await Task.Delay(50);
        }
    }
}
