using Azora.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace Azora.Web.Tests;

/// <summary>The circuit's access token: the one captured at connection, renewed through the browser just before it expires.</summary>
public sealed class PortalAccessTokenTests
{
    // Starts at the real now: the time-limited protector checks a sealed token's minute against the system clock.
    private readonly FakeTimeProvider _clock = new(TimeProvider.System.GetUtcNow());
    private readonly EphemeralDataProtectionProvider _protection = new();

    [Fact]
    public async Task A_circuit_uses_the_token_it_connected_with_while_that_is_fresh()
    {
        var renewals = 0;
        var accessToken = new PortalAccessToken(new HttpContextAccessor(), _protection, _clock);
        accessToken.UseForCircuit("connected", _clock.GetUtcNow().AddMinutes(10), _ => { renewals++; return Task.FromResult<string?>(null); });

        Assert.Equal("connected", await accessToken.GetAsync());
        Assert.Equal(0, renewals);
    }

    [Fact]
    public async Task A_token_about_to_expire_is_replaced_by_the_cookies_current_one_sealed_by_the_portal()
    {
        var accessToken = new PortalAccessToken(new HttpContextAccessor(), _protection, _clock);
        accessToken.UseForCircuit("connected", _clock.GetUtcNow().AddMinutes(10), _ => Task.FromResult<string?>(
            PortalAccessToken.Seal(Protector(), "renewed", _clock.GetUtcNow().AddMinutes(10), _clock.GetUtcNow())));

        _clock.Advance(TimeSpan.FromMinutes(9.5));

        Assert.Equal("renewed", await accessToken.GetAsync());
    }

    [Fact]
    public async Task A_renewal_that_is_not_sealed_by_the_portal_is_ignored()
    {
        var accessToken = new PortalAccessToken(new HttpContextAccessor(), _protection, _clock);
        accessToken.UseForCircuit("connected", _clock.GetUtcNow().AddSeconds(30), _ => Task.FromResult<string?>("forged-by-the-page"));

        Assert.Equal("connected", await accessToken.GetAsync());
    }

    private ITimeLimitedDataProtector Protector() =>
        _protection.CreateProtector(PortalAccessToken.ProtectionPurpose).ToTimeLimitedDataProtector();
}
