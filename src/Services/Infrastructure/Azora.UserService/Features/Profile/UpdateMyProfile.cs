using System.ComponentModel.DataAnnotations;
using Azora.UserService.Accounts;
using Azora.UserService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Azora.UserService.Features.Profile;

/// <summary>Only the fields present change; an empty bio or time zone clears it.</summary>
internal sealed record UpdateMyProfileRequest(
    [StringLength(Account.DisplayNameMaxLength, MinimumLength = 1)] string? DisplayName = null,
    [StringLength(Account.BioMaxLength)] string? Bio = null,
    [StringLength(Account.TimeZoneMaxLength)] string? TimeZone = null);

internal static class UpdateMyProfile
{
    public static void Map(IEndpointRouteBuilder me) =>
        me.MapPatch("/", HandleAsync)
            .WithName("UpdateMyProfile")
            .WithSummary("Change the signed-in account's display name, bio or time zone.");

    private static async Task<Results<Ok<AccountProfile>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        UpdateMyProfileRequest request, HttpContext http, UserManager<Account> users)
    {
        var account = await CurrentAccount.FindAsync(users, http.User);
        if (account is null)
        {
            return AccountProblems.NoAccount();
        }
        if (request.DisplayName is { } displayName)
        {
            if (string.IsNullOrWhiteSpace(displayName))
            {
                return AccountProblems.Field("displayName", "The display name must not be blank.");
            }
            account.DisplayName = displayName.Trim();
        }
        if (request.Bio is { } bio)
        {
            account.Bio = string.IsNullOrWhiteSpace(bio) ? null : bio.Trim();
        }
        if (request.TimeZone is { } timeZone)
        {
            if (timeZone.Length > 0 && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
            {
                return AccountProblems.Field("timeZone", "The time zone is not a known IANA time zone id.");
            }
            account.TimeZone = timeZone.Length == 0 ? null : timeZone;
        }
        var updated = await users.UpdateAsync(account);
        return updated.Succeeded ? TypedResults.Ok(await AccountProfile.OfAsync(users, account)) : AccountProblems.From(updated);
    }
}
