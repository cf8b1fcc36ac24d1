using Anniversary.Web.Security;
using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace Anniversary.Web.Tests.Security;

public sealed class RequestLogTests
{
    [Theory]
    [InlineData("/search\r\n[INF] forged line")]
    [InlineData("/a\nb\u0085c\u2028")]
    [InlineData("/\u001b[31mred")]
    public void A_logged_request_path_holds_no_line_break_or_control_character(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET\r\nX";

        var properties = RequestLog.Properties(context, path, 1.5, 404).ToDictionary(p => p.Name, p => ((ScalarValue)p.Value).Value);

        var logged = (string)properties["RequestPath"]!;
        Assert.DoesNotContain(logged, c => char.IsControl(c) || c is '\u2028' or '\u2029');
        Assert.DoesNotContain('\r', (string)properties["RequestMethod"]!);
        Assert.Equal(path.Length, logged.Length);
        Assert.Equal(404, properties["StatusCode"]);
    }

    [Theory]
    [InlineData(200, false, LogEventLevel.Information)]
    [InlineData(200, true, LogEventLevel.Debug)]
    [InlineData(304, true, LogEventLevel.Debug)]
    [InlineData(404, false, LogEventLevel.Information)]
    [InlineData(404, true, LogEventLevel.Information)]
    [InlineData(500, false, LogEventLevel.Error)]
    [InlineData(503, true, LogEventLevel.Error)]
    public void Only_an_answer_served_whole_from_the_output_cache_is_logged_below_information(int status, bool fromCache, LogEventLevel expected)
    {
        var context = new DefaultHttpContext();
        context.Response.StatusCode = status;
        if (fromCache)
        {
            context.Response.Headers.Age = "3";
        }

        Assert.Equal(expected, RequestLog.Level(context, 0.2, null));
    }

    [Fact]
    public void A_request_that_threw_is_an_error_whatever_its_status()
    {
        var context = new DefaultHttpContext();
        context.Response.Headers.Age = "3";

        Assert.Equal(LogEventLevel.Error, RequestLog.Level(context, 0.2, new InvalidOperationException("failed")));
    }
}
