using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Azora.ServiceDefaults.Errors;

/// <summary>
/// A database that cannot be reached for the moment (restarting, failing over, its pool exhausted) makes the service
/// unavailable rather than broken: 503 with <c>Retry-After</c>, so clients and the gateway try again later. The request's
/// transaction never committed, so nothing of it was applied.
/// </summary>
internal sealed partial class DatabaseUnavailableExceptionHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableExceptionHandler> logger)
    : IExceptionHandler
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsTransientDatabaseFailure(exception))
        {
            return false;
        }
        LogUnavailable(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The service's database is unavailable for the moment; nothing was changed. Try again shortly.",
            },
        });
    }

    /// <summary>The exception, or one it wraps (EF Core wraps provider errors), is a database error its provider calls transient.</summary>
    internal static bool IsTransientDatabaseFailure(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { IsTransient: true })
            {
                return true;
            }
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable on {Method} {Path}")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string method, string path);
}
