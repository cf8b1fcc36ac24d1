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
}
