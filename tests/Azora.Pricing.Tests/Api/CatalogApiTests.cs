using System.Net;
using System.Net.Http.Json;
using Azora.Contracts;
using Azora.Contracts.Audit;
using Azora.Testing;
using static Azora.Pricing.Tests.Api.PricingHost;

namespace Azora.Pricing.Tests.Api;

[Collection(PricingCollection.Name)]
public sealed class CatalogApiTests(PricingFixture fixture)
{
    private PricingHost Host => fixture.Host;

    [Fact]
    public async Task An_instructor_prices_their_own_course_and_nobody_else_but_an_admin_may_change_it()
    {
        var instructorId = Guid.CreateVersion7();
        using var instructor = Host.AsAccount(instructorId, Roles.Instructor);
        using var otherInstructor = Host.AsAccount(Guid.CreateVersion7(), Roles.Instructor);
        using var admin = Host.Admin();
        var course = await Host.PriceAsync(instructor, Host.ZarBook, 49_900);

        var hijack = await otherInstructor.PutAsJsonAsync($"/api/price-books/{Host.ZarBook}/prices/{course}", new { kind = "course", name = "Mine now", unitAmount = 1 });
        var changed = await OkAsync(await instructor.PutAsJsonAsync($"/api/price-books/{Host.ZarBook}/prices/{course}", new { kind = "course", name = "A course", unitAmount = 39_900 }));
        var byAdmin = await OkAsync(await admin.PutAsJsonAsync($"/api/price-books/{Host.ZarBook}/prices/{course}", new { kind = "course", name = "A course", unitAmount = 29_900 }));

        await Problems.AssertProblemAsync(hijack, HttpStatusCode.Forbidden);
        Assert.Equal((instructorId, 39_900L), (changed.GetProperty("ownerId").GetGuid(), changed.GetProperty("unitAmount").GetInt64()));
        Assert.Equal((instructorId, 29_900L), (byAdmin.GetProperty("ownerId").GetGuid(), byAdmin.GetProperty("unitAmount").GetInt64()));
    }

    [Fact]
    public async Task A_learner_may_not_price_products_nor_manage_books_plans_or_coupons()
    {
        using var learner = Host.AsAccount(Guid.CreateVersion7(), Roles.Learner);
        using var instructor = Host.AsAccount(Guid.CreateVersion7(), Roles.Instructor);

        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PutAsJsonAsync($"/api/price-books/{Host.ZarBook}/prices/{Guid.CreateVersion7()}", new { kind = "course", name = "x", unitAmount = 100 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await instructor.PostAsJsonAsync("/api/price-books", new { name = "x", currency = "USD" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await instructor.PutAsJsonAsync($"/api/price-books/{Host.ZarBook}", new { name = "x", currency = "ZAR" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await instructor.PostAsJsonAsync($"/api/price-books/{Host.ZarBook}/plans", new { code = "p", name = "p", interval = "month", amount = 100 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await instructor.PostAsJsonAsync("/api/coupons", new { code = "X", percentOff = 5, duration = "once" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await instructor.GetAsync("/api/coupons")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await learner.GetAsync($"/api/price-books/{Host.ZarBook}/prices")).StatusCode);
    }

    [Fact]
    public async Task An_instructor_cannot_price_a_product_in_someone_elses_name()
    {
        using var instructor = Host.AsAccount(Guid.CreateVersion7(), Roles.Instructor);

        var response = await instructor.PutAsJsonAsync($"/api/price-books/{Host.ZarBook}/prices/{Guid.CreateVersion7()}", new { kind = "course", name = "x", unitAmount = 100, ownerId = Guid.CreateVersion7() });

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Anonymous_callers_get_401_everywhere()
    {
        using var anonymous = Host.Anonymous();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/price-books")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/plans/{Guid.CreateVersion7()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/coupons")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/quotes", new { currency = "ZAR" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/subscriptions")).StatusCode);
    }

    [Fact]
    public async Task A_second_book_in_the_same_currency_is_a_conflict_naming_the_currency()
    {
        using var admin = Host.Admin();

        var response = await admin.PostAsJsonAsync("/api/price-books", new { name = "Again", currency = "ZAR" });

        await Problems.AssertFieldErrorAsync(response, "currency", HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_products_price_for_a_country_shows_the_ratios_and_the_floor()
    {
        using var admin = Host.Admin();
        var course = await Host.PriceAsync(admin, Host.ZarBook, 100_000);

        var egypt = await OkAsync(await admin.GetAsync($"/api/price-books/{Host.ZarBook}/prices/{course}?country=EG"));
        var regional = egypt.GetProperty("regional");

        // R1 000 × 0.24 / 0.43 = R558.14, rounded to R558; the 40% floor is R400.
        Assert.Equal(55_800, regional.GetProperty("unitAmount").GetInt64());
        Assert.Equal(40_000, regional.GetProperty("floorAmount").GetInt64());
        Assert.Equal((0.24m, 2022, 0.43m), (regional.GetProperty("priceLevelRatio").GetDecimal(), regional.GetProperty("priceLevelYear").GetInt32(), regional.GetProperty("basePriceLevelRatio").GetDecimal()));
        await Problems.AssertFieldErrorAsync(await admin.GetAsync($"/api/price-books/{Host.ZarBook}/prices/{course}?country=XX"), "country");
    }

    [Fact]
    public async Task Price_plan_and_coupon_changes_are_audited()
    {
        using var admin = Host.Admin();
        var productId = Guid.CreateVersion7();

        var audits = await PublishedEvents.DuringAsync<AuditEventRecorded>(Host.Platform, async () =>
        {
            await CreatedAsync(await admin.PutAsJsonAsync($"/api/price-books/{Host.EurBook}/prices/{productId}", new { kind = "gig", name = "A gig", unitAmount = 5_000 }));
            await Host.PlanAsync(admin, Host.EurBook, 990);
            await CouponAsync(admin, new { code = NewCode(), percentOff = 5, duration = "forever" });
        });

        Assert.Equal(["price.set", "plan.created", "coupon.created"], audits.Select(a => a.Action));
        Assert.All(audits, a => Assert.Equal("azora-pricing", a.SourceService));
        Assert.Equal("5000", audits[0].Details!["unitAmount"]);
    }

    [Fact]
    public async Task Lists_page_with_a_cursor_without_gaps_or_repeats()
    {
        using var admin = Host.Admin();
        var book = await Host.CreateBookAsync(admin, new { name = "Kenya", currency = "KES", baseCountry = "KE" });
        for (var i = 0; i < 5; i++)
        {
            await Host.PriceAsync(admin, book, 100 + i);
            Host.Clock.Advance(TimeSpan.FromMilliseconds(5));
        }

        var seen = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await OkAsync(await admin.GetAsync($"/api/price-books/{book}/prices?limit=2" + (cursor is null ? "" : "&cursor=" + cursor)));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("unitAmount").GetInt64()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal([100L, 101, 102, 103, 104], seen);
    }

    [Fact]
    public async Task The_bundled_tables_are_readable_with_their_source()
    {
        using var learner = Host.AsAccount(Guid.CreateVersion7(), Roles.Learner);
        using var anonymous = Host.Anonymous();

        var levels = await OkAsync(await learner.GetAsync("/api/reference/price-levels"));
        var vat = await OkAsync(await learner.GetAsync("/api/reference/vat-rates"));

        Assert.Equal("PA.NUS.PPPC.RF", levels.GetProperty("indicator").GetString());
        var southAfrica = levels.GetProperty("countries").EnumerateArray().Single(c => c.GetProperty("country").GetString() == "ZA");
        Assert.Equal((0.43m, 2022), (southAfrica.GetProperty("ratio").GetDecimal(), southAfrica.GetProperty("year").GetInt32()));
        Assert.Equal(28, vat.GetArrayLength());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/reference/vat-rates")).StatusCode);
    }
}
