using System.Globalization;
using System.Text;
using Azora.PaymentService.Data;
using Azora.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Features.Statements;

/// <summary>One line of a statement: a transfer as the account saw it, and the balance after it in statement order.</summary>
internal sealed record StatementLine(
    Guid TransferId, DateTimeOffset CreatedAt, string Direction, long Amount, Guid CounterpartyAccountId, string? Reference, long BalanceAfter);

internal sealed record StatementPage(Guid AccountId, string Currency, long OpeningBalance, IReadOnlyList<StatementLine> Lines, string? NextCursor);

/// <summary>
/// An account's transfers, oldest first, a page at a time, as JSON or as CSV (<c>?format=csv</c>, with the next page's
/// cursor in the <c>Next-Cursor</c> header).
/// </summary>
internal static class GetStatement
{
    public const string NextCursorHeader = "Next-Cursor";

    public static void Map(IEndpointRouteBuilder accounts) =>
        accounts.MapGet("/{id:guid}/statement", HandleAsync)
            .WithName("GetStatement")
            .WithSummary("The account's transfers oldest first with running balances, as JSON or CSV, with cursor pagination.");

    private static async Task<Results<Ok<StatementPage>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, string? limit, string? cursor, string? format, PaymentDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var pageSize = PageQuery.ReadLimit(limit, errors);
        StatementCursor? after = null;
        if (cursor is not null)
        {
            if (StatementCursor.TryDecode(cursor, out var decoded))
            {
                after = decoded;
            }
            else
            {
                errors["cursor"] = ["The cursor is not one this endpoint returned."];
            }
        }
        if (format is not (null or "json" or "csv"))
        {
            errors["format"] = ["Either json or csv."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The account does not exist.");
        }

        var transfers = db.Transfers.AsNoTracking().Where(t => t.DebitAccountId == id || t.CreditAccountId == id);
        var opening = 0L;
        if (after is { } position)
        {
            var time = new DateTimeOffset(position.UtcTicks, TimeSpan.Zero);
            var lastId = position.TransferId;
            transfers = transfers.Where(t => t.CreatedAt > time || (t.CreatedAt == time && t.Id.CompareTo(lastId) > 0));
            opening = await Ledgers.BalanceAsync(db, id, t => t.CreatedAt < time || (t.CreatedAt == time && t.Id.CompareTo(lastId) <= 0), cancellationToken);
        }
        var rows = await transfers.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Take(pageSize + 1).ToListAsync(cancellationToken);

        var lines = new List<StatementLine>();
        var balance = opening;
        foreach (var transfer in rows.Take(pageSize))
        {
            var credit = transfer.CreditAccountId == id;
            balance += credit ? transfer.Amount : -transfer.Amount;
            lines.Add(new StatementLine(transfer.Id, transfer.CreatedAt, credit ? "credit" : "debit", transfer.Amount,
                credit ? transfer.DebitAccountId : transfer.CreditAccountId, transfer.Reference, balance));
        }
        var next = rows.Count > pageSize ? new StatementCursor(rows[pageSize - 1].CreatedAt.UtcTicks, rows[pageSize - 1].Id).Encode() : null;

        if (format == "csv")
        {
            if (next is not null)
            {
                response.Headers[NextCursorHeader] = next;
            }
            return TypedResults.Text(ToCsv(lines), "text/csv", Encoding.UTF8);
        }
        return TypedResults.Ok(new StatementPage(id, account.Currency, opening, lines, next));
    }

    private static string ToCsv(IEnumerable<StatementLine> lines)
    {
        var csv = new StringBuilder("transferId,createdAt,direction,amount,counterpartyAccountId,reference,balanceAfter\r\n");
        foreach (var line in lines)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{line.TransferId},{line.CreatedAt.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffffZ},{line.Direction},{line.Amount},{line.CounterpartyAccountId},{Csv.Cell(line.Reference ?? "")},{line.BalanceAfter}\r\n");
        }
        return csv.ToString();
    }
}
