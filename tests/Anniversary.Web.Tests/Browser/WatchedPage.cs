using Microsoft.Playwright;

namespace Anniversary.Web.Tests.Browser;

/// <summary>A browser tab that records every console error, script error, failed request and error status it meets.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly List<string> _problems = [];
    private readonly List<string> _visited = [];
    private string? _expectedErrorUrl;

    public WatchedPage(IPage page, Uri baseAddress)
    {
        Page = page;
        BaseAddress = baseAddress;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsExpectedError(message.Location, message.Text))
            {
                Add($"console error at {message.Location}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Add($"script error on {page.Url}: {error}");
        page.RequestFailed += (_, request) => Add($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Url != _expectedErrorUrl)
            {
                Add($"HTTP {response.Status} for {response.Request.Method} {response.Url}");
            }
        };
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                lock (_lock)
                {
                    _visited.Add(frame.Url);
                }
            }
        };
    }

    public IPage Page { get; }

    public Uri BaseAddress { get; }

    /// <summary>Opens a page, and fails unless it answers with the status expected (an error status is then not a problem).</summary>
    public async Task<IResponse> GotoAsync(string path, int status = 200)
    {
        if (status >= 400)
        {
            _expectedErrorUrl = new Uri(BaseAddress, path).ToString();
        }

        var response = await Page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Status == status, $"{path} answered {response.Status}, expected {status}");
        return response;
    }

    public void AssertNoProblems()
    {
        lock (_lock)
        {
            Assert.True(_problems.Count == 0,
                $"Problems on the pages visited ({string.Join(", ", _visited)}):\n{string.Join("\n", _problems)}");
        }
    }

    public async ValueTask DisposeAsync() => await Page.CloseAsync();

    // Chromium logs the error status of the page itself as a console error; on an expected 404 that is not a problem.
    private bool IsExpectedError(string location, string text) =>
        _expectedErrorUrl is not null
        && location.StartsWith(_expectedErrorUrl, StringComparison.Ordinal)
        && text.StartsWith("Failed to load resource: the server responded with a status of", StringComparison.Ordinal);

    private void Add(string problem)
    {
        lock (_lock)
        {
            _problems.Add(problem);
        }
    }
}
