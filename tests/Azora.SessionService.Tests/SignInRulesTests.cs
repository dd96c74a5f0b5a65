using Azora.Contracts.UserService;
using Azora.SessionService.Domain;
using Azora.SessionService.Features.SignIn;

namespace Azora.SessionService.Tests;

public sealed class SignInRulesTests
{
    private static readonly AccountSummary Active = new(Guid.CreateVersion7(), "a@example.test", "A", ["learner"], true, true);

    [Fact]
    public void A_successful_check_of_an_active_account_is_not_refused() =>
        Assert.Null(SignInRefusal.Describe(new CredentialCheckResult(CredentialCheckOutcome.Succeeded, Active, null), "otp"));

    [Fact]
    public void A_successful_check_of_a_deactivated_account_is_refused() =>
        Assert.Equal("This account is deactivated.",
            SignInRefusal.Describe(new CredentialCheckResult(CredentialCheckOutcome.Succeeded, Active with { Active = false }, null), "otp"));

    [Theory]
    [InlineData(CredentialCheckOutcome.InvalidCredentials, "incorrect")]
    [InlineData(CredentialCheckOutcome.LockedOut, "locked")]
    [InlineData(CredentialCheckOutcome.EmailNotVerified, "not verified")]
    [InlineData(CredentialCheckOutcome.TwoFactorRequired, "'otp'")]
    [InlineData(CredentialCheckOutcome.InvalidTwoFactorCode, "two-factor code is incorrect")]
    public void Every_refusal_says_why(CredentialCheckOutcome outcome, string expected) =>
        Assert.Contains(expected, SignInRefusal.Describe(new CredentialCheckResult(outcome, null, null), "otp"));

    [Theory]
    [InlineData(null, "pw", null, true)]
    [InlineData("a@example.test", "", null, true)]
    [InlineData("a@example.test", "pw", "12345678901234567", true)]
    [InlineData("a@example.test", "pw", "123456", false)]
    [InlineData("a@example.test", "pw", null, false)]
    public void Sign_in_fields_are_bounded(string? email, string? password, string? code, bool refused) =>
        Assert.Equal(refused, SignInLimits.Problem(email, password, code) is not null);

    [Theory]
    [InlineData("/connect/authorize?client_id=azora-web", true)]
    [InlineData("/connect/authorize", true)]
    [InlineData("https://evil.example/connect/authorize?x", false)]
    [InlineData("//evil.example/connect/authorize?x", false)]
    [InlineData("/connect/authorize-evil", false)]
    [InlineData("/connect/authorize?\\evil", false)]
    [InlineData("", false)]
    public void Only_local_authorize_requests_are_valid_return_urls(string returnUrl, bool valid) =>
        Assert.Equal(valid, SignInPage.IsAuthorizeRequest(returnUrl));

    [Fact]
    public void A_session_cursor_round_trips_and_orders_newest_first()
    {
        var cursor = new SessionCursor(1000, "b");

        Assert.True(SessionCursor.TryDecode(cursor.Encode(), out var decoded));
        Assert.Equal(cursor, decoded);
        Assert.True(cursor.Precedes(999, "z"));
        Assert.True(cursor.Precedes(1000, "a"));
        Assert.False(cursor.Precedes(1000, "b"));
        Assert.False(cursor.Precedes(1001, "a"));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("bm8tY29sb24")]
    [InlineData("eDpi")]
    public void A_cursor_the_api_did_not_write_is_refused(string text) =>
        Assert.False(SessionCursor.TryDecode(text, out _));
}
