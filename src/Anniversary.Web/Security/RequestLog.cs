using Serilog.Events;

namespace Anniversary.Web.Security;

/// <summary>The values of the one-line request log, with line breaks and other control characters removed so no request can forge a log line.</summary>
public static class RequestLog
{
    public static IEnumerable<LogEventProperty> Properties(HttpContext context, string requestPath, double elapsedMs, int statusCode) =>
    [
        new("RequestMethod", new ScalarValue(Clean(context.Request.Method))),
        new("RequestPath", new ScalarValue(Clean(requestPath))),
        new("StatusCode", new ScalarValue(statusCode)),
        new("Elapsed", new ScalarValue(elapsedMs)),
    ];

    public static string Clean(string value) =>
        string.Create(value.Length, value, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) || source[i] is '\u2028' or '\u2029' ? '_' : source[i];
            }
        });
}
