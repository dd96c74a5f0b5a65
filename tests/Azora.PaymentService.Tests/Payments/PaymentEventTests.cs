using System.Net;
using Azora.Contracts;
using Azora.Contracts.Audit;
using Azora.Contracts.Payments;

namespace Azora.PaymentService.Tests.Payments;

/// <summary>Paid enrolment and the audit trail: what a payment announces through the outbox.</summary>
public sealed class PaymentEventTests : IAsyncLifetime
{
    private PaymentHost _host = null!;
    private Guid _learnerId;
    private HttpClient _learner = null!;

    public async Task InitializeAsync()
    {
        _host = await PaymentHost.StartAsync(new Dictionary<string, string?> { ["Azora:Payments:RefundWindow"] = "00:10:00" });
        _learnerId = Guid.CreateVersion7();
        _learner = _host.As(_learnerId, Roles.Learner);
    }

    public async Task DisposeAsync()
    {
        _learner.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_succeeded_course_purchase_publishes_course_purchased_for_the_caller_and_an_audit_record()
    {
        var course = Guid.CreateVersion7();
        Guid intent = default;

        var published = await PublishedMessages.DuringAsync(_host, async () =>
            intent = (await _learner.NewIntentAsync(19_900, card: PaymentApi.Succeeds, confirm: true, sellerId: Guid.CreateVersion7(), courseId: course)).Id());

        var purchased = Assert.Single(published.OfType<CoursePurchased>());
        Assert.Equal(intent, purchased.OrderId);
        Assert.Equal(_learnerId, purchased.LearnerId);
        Assert.Equal(course, purchased.CourseId);
        Assert.Equal(19_900, purchased.AmountMinor);
        Assert.Equal("ZAR", purchased.Currency);
        var audit = Assert.Single(published.OfType<AuditEventRecorded>());
        Assert.Equal("payment.captured", audit.Action);
        Assert.Equal(intent.ToString(), audit.Resource.Id);
        Assert.Equal("19900", audit.Details!["amount"]);
    }

    [Fact]
    public async Task A_purchase_that_is_declined_publishes_nothing()
    {
        var published = await PublishedMessages.DuringAsync(_host, async () =>
            Assert.Equal("requires_payment_method",
                (await _learner.NewIntentAsync(5_000, card: PaymentApi.Declines, confirm: true, courseId: Guid.CreateVersion7())).Status()));

        Assert.Empty(published.OfType<CoursePurchased>());
        Assert.Empty(published.OfType<AuditEventRecorded>());
    }

    [Fact]
    public async Task A_full_refund_within_the_window_publishes_course_purchase_refunded_once()
    {
        var course = Guid.CreateVersion7();
        var intent = (await _learner.NewIntentAsync(10_000, card: PaymentApi.Succeeds, confirm: true, courseId: course)).Id();
        _host.Clock.Advance(TimeSpan.FromMinutes(9));

        var partial = await PublishedMessages.DuringAsync(_host, async () =>
            Assert.Equal(HttpStatusCode.Created, (await _host.Admin.RefundAsync(intent, 4_000)).StatusCode));
        var rest = await PublishedMessages.DuringAsync(_host, async () =>
            Assert.Equal(HttpStatusCode.Created, (await _host.Admin.RefundAsync(intent)).StatusCode));

        Assert.Empty(partial.OfType<CoursePurchaseRefunded>());
        Assert.Equal("payment.refunded", Assert.Single(partial.OfType<AuditEventRecorded>()).Action);
        var refunded = Assert.Single(rest.OfType<CoursePurchaseRefunded>());
        Assert.Equal(intent, refunded.OrderId);
        Assert.Equal(_learnerId, refunded.LearnerId);
        Assert.Equal(course, refunded.CourseId);
        Assert.Equal(10_000, refunded.AmountRefundedMinor);
    }

    [Fact]
    public async Task A_refund_after_the_window_returns_the_money_but_keeps_the_enrolment()
    {
        var intent = (await _learner.NewIntentAsync(10_000, card: PaymentApi.Succeeds, confirm: true, courseId: Guid.CreateVersion7())).Id();
        _host.Clock.Advance(TimeSpan.FromMinutes(11));

        var published = await PublishedMessages.DuringAsync(_host, async () =>
            Assert.Equal(HttpStatusCode.Created, (await _host.Admin.RefundAsync(intent)).StatusCode));

        Assert.Empty(published.OfType<CoursePurchaseRefunded>());
        Assert.Single(published.OfType<AuditEventRecorded>());
    }

    [Fact]
    public async Task A_transfer_through_the_ledger_api_is_audited_under_its_own_id_and_a_refused_one_is_not()
    {
        var alice = await _host.OpenAsync();
        var bob = await _host.OpenAsync();
        await _host.FundAsync(alice, 500);
        var id = Guid.CreateVersion7();

        var published = await PublishedMessages.DuringAsync(_host, async () =>
        {
            Assert.Equal(HttpStatusCode.Created, (await _host.TransferAsync(alice, bob, 200, id: id)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await _host.TransferAsync(alice, bob, 200, id: id)).StatusCode);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await _host.TransferAsync(alice, bob, 10_000)).StatusCode);
        });

        var audit = Assert.Single(published.OfType<AuditEventRecorded>());
        Assert.Equal(id, audit.EventId);
        Assert.Equal("ledger.transfer", audit.Action);
        Assert.Equal("200", audit.Details!["amount"]);
    }

    [Theory]
    [InlineData(0, "ZAR")]
    [InlineData(-100, "ZAR")]
    [InlineData(100, "zar")]
    [InlineData(100, "XXX")]
    [InlineData(100, "AZR")]
    public async Task A_course_price_must_be_positive_in_a_known_currency(long amount, string currency)
    {
        var response = await _learner.CreateIntentAsync(amount, currency, PaymentApi.Succeeds, confirm: true, courseId: Guid.CreateVersion7());

        await Azora.Testing.Problems.AssertFieldErrorAsync(response, amount > 0 ? "currency" : "amount");
        Assert.Equal(0, await _host.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.PaymentIntents)));
    }
}
