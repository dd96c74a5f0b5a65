using System.Reflection;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Azora.ServiceDefaults.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> with Stripe's semantics on the POSTs that move money: the first request with a key runs and
/// its response (errors included, validation errors not) is kept; the same key with the same request gets that response
/// again with <c>Idempotency-Replayed: true</c>; the same key with another request is 422; while the first is still
/// running, the second waits for it a while and then gets 409, and a first request whose process died is taken over
/// (see <see cref="IdempotencyClaim"/>; a handler whose effect has no client-supplied id names it by the request's
/// <see cref="IdempotentRequest"/>, so that a takeover finds it instead of repeating it). Keys are per caller and kept
/// for <see cref="IdempotencyRecord.Retention"/>, in the service's own
/// database (<typeparamref name="TContext"/> maps them with <see cref="IdempotencyRecords.MapIdempotencyRecords"/>).
/// An endpoint opts in with <see cref="IdempotencyKeys.AcceptIdempotencyKey{TContext}"/>.
/// </summary>
public sealed class IdempotencyKeyFilter<TContext> : IEndpointFilter where TContext : DbContext
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(Header, out var values))
        {
            return await next(context);
        }
        var key = values.Count == 1 ? values[0] : null;
        if (key is null || key.Length is 0 or > IdempotencyRecord.KeyMaxLength || key.Any(c => c is < '!' or > '~'))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [Header] = [$"One key of 1 to {IdempotencyRecord.KeyMaxLength} visible ASCII characters, such as a UUID."],
            });
        }
        var caller = http.User.FindFirstValue(AuthenticationDefaults.SubjectClaim);
        if (caller is null or { Length: > IdempotencyRecord.CallerMaxLength })
        {
            return await next(context);
        }

        var services = http.RequestServices;
        var db = services.GetRequiredService<TContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var hash = RequestHash(context, services.GetRequiredService<IServiceProviderIsService>(), json);
        var records = db.Set<IdempotencyRecord>().Where(r => r.Caller == caller && r.Key == key);
        if (await ClaimAsync(db, records, IdempotencyRecord.Begin(caller, key, hash, clock.GetUtcNow()), clock, http.RequestAborted) is { } earlier)
        {
            return Answer(earlier, hash, http);
        }

        http.Features.Set(new IdempotentRequest(caller, key));
        object? outcome;
        try
        {
            await using (IdempotencyClaim.Renew<TContext>(services.GetRequiredService<IServiceScopeFactory>(), caller, key, clock))
            {
                outcome = await next(context);
            }
        }
        catch
        {
            await records.ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }
        // A handler declaring several results returns them wrapped in Results<...>.
        var result = outcome is INestedHttpResult nested ? nested.Result : outcome;
        if (result is not IStatusCodeHttpResult { StatusCode: { } status } || status == StatusCodes.Status400BadRequest)
        {
            // Validation errors are not kept: the client fixes the request and sends it again with the same key.
            await records.ExecuteDeleteAsync(CancellationToken.None);
            return outcome;
        }
        var value = (result as IValueHttpResult)?.Value;
        var body = value is null ? "" : JsonSerializer.Serialize(value, value.GetType(), json);
        var contentType = result is ProblemHttpResult ? "application/problem+json" : "application/json";
        await records.ExecuteUpdateAsync(set => set
            .SetProperty(r => r.StatusCode, status)
            .SetProperty(r => r.ContentType, contentType)
            .SetProperty(r => r.Body, body), CancellationToken.None);
        return outcome;
    }

    /// <summary>
    /// Stores <paramref name="claim"/> as the key's in-progress record and returns null, or returns the record that is
    /// already there: complete, another request's, or in progress. A record in progress is waited for a while (the
    /// gateway sends a request again at once when the instance it first went to died), and taken over once its claim
    /// has gone unrenewed too long: the request that made it died with its process.
    /// </summary>
    private static async Task<IdempotencyRecord?> ClaimAsync(TContext db, IQueryable<IdempotencyRecord> records, IdempotencyRecord claim,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var waitUntil = DateTime.UtcNow + IdempotencyClaim.AbandonedAfter + IdempotencyClaim.RenewEvery;
        while (true)
        {
            if (await records.AsNoTracking().SingleOrDefaultAsync(cancellationToken) is { } earlier)
            {
                if (earlier.IsComplete || earlier.RequestHash != claim.RequestHash)
                {
                    return earlier;
                }
                if (clock.GetUtcNow() - earlier.CreatedAt > IdempotencyClaim.AbandonedAfter)
                {
                    // Only that abandoned claim: if another request took it over first, its fresh claim stays.
                    await records.Where(r => r.StatusCode == 0 && r.CreatedAt == earlier.CreatedAt).ExecuteDeleteAsync(cancellationToken);
                    continue;
                }
                if (DateTime.UtcNow >= waitUntil)
                {
                    return earlier;
                }
                await Task.Delay(IdempotencyClaim.PollEvery, cancellationToken);
                continue;
            }
            db.Set<IdempotencyRecord>().Add(claim);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                db.Entry(claim).State = EntityState.Detached;
                return null;
            }
            catch (DbUpdateException)
            {
                // Another request claimed the key in between: look at its record.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static IResult Answer(IdempotencyRecord earlier, string hash, HttpContext http)
    {
        if (earlier.RequestHash != hash)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The idempotency key was used for a different request.",
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = new Dictionary<string, string[]> { [Header] = ["This key was already used with another request; use a new key."] },
                });
        }
        if (!earlier.IsComplete)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A request with this idempotency key is still in progress.");
        }
        http.Response.Headers[ReplayedHeader] = "true";
        return TypedResults.Text(earlier.Body ?? "", earlier.ContentType, Encoding.UTF8, earlier.StatusCode);
    }

    /// <summary>
    /// The request as the handler sees it: method, path, query and the arguments bound from the request. Services are
    /// told apart by the handler's declared parameter types, since an injected object's own type (an outbox, a
    /// context) is often not the type it was registered under.
    /// </summary>
    private static string RequestHash(EndpointFilterInvocationContext context, IServiceProviderIsService isService, JsonSerializerOptions json)
    {
        var request = context.HttpContext.Request;
        var declared = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>()?.GetParameters();
        var parts = context.Arguments
            .Where((argument, i) => argument is not null and not HttpContext and not ClaimsPrincipal and not CancellationToken
                && !isService.IsService(declared is not null && i < declared.Length ? declared[i].ParameterType : argument.GetType()))
            .ToArray();
        var text = $"{request.Method} {request.Path}{request.QueryString}\n{JsonSerializer.Serialize(parts, json)}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

public static class IdempotencyKeys
{
    /// <summary>Gives an endpoint that moves money or creates an order Stripe's <c>Idempotency-Key</c> semantics.</summary>
    public static RouteHandlerBuilder AcceptIdempotencyKey<TContext>(this RouteHandlerBuilder endpoint) where TContext : DbContext =>
        endpoint.AddEndpointFilter<IdempotencyKeyFilter<TContext>>();
}
