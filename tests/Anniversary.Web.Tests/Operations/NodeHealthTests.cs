using System.Net;
using System.Text.Json;
using Anniversary.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Anniversary.Web.Tests.Operations;

/// <summary>What a load balancer asks a node: alive (<c>/healthz</c>) and ready to serve (<c>/readyz</c>).</summary>
public sealed class NodeHealthTests : IDisposable
{
    private readonly ArchiveWebFactory _site = new();

    [Fact]
    public async Task A_running_node_is_alive_and_ready_and_neither_answer_is_cached()
    {
        var client = _site.CreateClient();

        var (live, _) = await GetAsync(client, "/healthz");
        Assert.Equal(HttpStatusCode.OK, live);
        var (ready, body) = await GetAsync(client, "/readyz");
        Assert.Equal(HttpStatusCode.OK, ready);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("archive").GetProperty("status").GetString());
        Assert.False(body.GetProperty("checks").TryGetProperty("redis", out _), "no Redis is configured, so none is checked");

        using var again = await client.GetAsync("/readyz");
        Assert.Null(again.Headers.Age);
    }

    [Fact]
    public async Task A_node_whose_database_lacks_a_migration_is_not_ready_but_still_alive()
    {
        var client = _site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/readyz")).Status);

        // As if the schema were older than this build: the latest migration is no longer recorded as applied.
        await using (var connection = new SqliteConnection($"Data Source={_site.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM __EFMigrationsHistory WHERE MigrationId = (SELECT MAX(MigrationId) FROM __EFMigrationsHistory)";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var (ready, body) = await GetAsync(client, "/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.StartsWith("1 migrations not applied", body.GetProperty("checks").GetProperty("archive").GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/healthz")).Status);
    }

    [Fact]
    public async Task A_node_whose_database_is_gone_is_not_ready_and_says_so_without_naming_its_paths()
    {
        var client = _site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/readyz")).Status);

        SqliteConnection.ClearAllPools();
        File.Delete(_site.DatabasePath);
        Directory.CreateDirectory(_site.DatabasePath);

        using var response = await client.GetAsync("/readyz");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain(_site.DatabasePath, text);
        Assert.DoesNotContain("   at ", text);
        Assert.Equal("Unhealthy", JsonDocument.Parse(text).RootElement.GetProperty("status").GetString());
    }

    public void Dispose() => _site.Dispose();

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
