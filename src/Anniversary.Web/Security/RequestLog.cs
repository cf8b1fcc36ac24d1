using Microsoft.Net.Http.Headers;
using Serilog.Events;

namespace Anniversary.Web.Security;

/// <summary>
/// The one-line request log: its values, with line breaks and other control characters removed so no
/// request can forge a log line, and its level.
/// </summary>
public static class RequestLog
{
    /// <summary>
    /// Failures are errors; an answer served whole from the output cache (it carries <c>Age</c>) is
    /// Debug, off by default: writing a line for each costs the node more than serving the page, and
    /// the pages it repeats were logged when they were made. Everything else is Information.
    /// </summary>
    public static LogEventLevel Level(HttpContext context, double elapsedMs, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : context.Response.Headers.ContainsKey(HeaderNames.Age) && context.Response.StatusCode < StatusCodes.Status400BadRequest ? LogEventLevel.Debug
        : LogEventLevel.Information;

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
