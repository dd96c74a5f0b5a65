using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.Pricing.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "azora_pricing_coupons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PercentOffBasisPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    Duration = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DurationPeriods = table.Column<int>(type: "INTEGER", nullable: true),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MaxRedemptions = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxRedemptionsPerCustomer = table.Column<int>(type: "INTEGER", nullable: true),
                    TimesRedeemed = table.Column<int>(type: "INTEGER", nullable: false),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_pricing_coupons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "azora_pricing_idempotency_keys",
                columns: table => new
                {
                    Caller = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_pricing_idempotency_keys", x => new { x.Caller, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "azora_pricing_price_books",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    BaseCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    TaxInclusive = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegionalPricing = table.Column<bool>(type: "INTEGER", nullable: false),
                    FloorBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    Rounding = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_pricing_price_books", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "azora_pricing_quotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerSubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PriceBookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    TaxInclusive = table.Column<bool>(type: "INTEGER", nullable: false),
                    TaxKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TaxRatePercent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: false),
                    TaxNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BuyerVatNumber = table.Column<string>(type: "TEXT", maxLength: 22, nullable: true),
                    CouponId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CouponCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Subtotal = table.Column<long>(type: "INTEGER", nullable: false),
                    Discount = table.Column<long>(type: "INTEGER", nullable: false),
                    Tax = table.Column<long>(type: "INTEGER", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_pricing_quotes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "azora_pricing_coupon_amounts",
                columns: table => new
                {
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    CouponId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_pricing_coupon_amounts", x => new { x.CouponId, x.Currency });
                    table.ForeignKey(
                        name: "FK_azora_pricing_coupon_amounts_azora_pricing_coupons_CouponId",
                        column: x => x.CouponId,
                        principalTable: "azora_pricing_coupons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "azora_pricing_coupon_redemptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouponId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerOrdinal = table.Column<int>(type: "INTEGER", nullable: false),
                    RedeemedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_pricing_coupon_redemptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_azora_pricing_coupon_redemptions_azora_pricing_coupons_CouponId",
                        column: x => x.CouponId,
                        principalTable: "azora_pricing_coupons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "azora_pricing_coupon_targets",
                columns: table => new
                {
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouponId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_pricing_coupon_targets", x => new { x.CouponId, x.TargetId });
                    table.ForeignKey(
                        name: "FK_azora_pricing_coupon_targets_azora_pricing_coupons_CouponId",
                        column: x => x.CouponId,
                        principalTable: "azora_pricing_coupons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "azora_pricing_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PriceBookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IntervalUnit = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    IntervalCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_pricing_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_azora_pricing_plans_azora_pricing_price_books_PriceBookId",
                        column: x => x.PriceBookId,
                        principalTable: "azora_pricing_price_books",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "azora_pricing_product_prices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PriceBookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_pricing_product_prices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_azora_pricing_product_prices_azora_pricing_price_books_PriceBookId",
                        column: x => x.PriceBookId,
                        principalTable: "azora_pricing_price_books",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "azora_pricing_quote_lines",
                columns: table => new
                {
                    QuoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReferenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    BaseUnitAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    CountryPriceLevel = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    CountryPriceLevelYear = table.Column<int>(type: "INTEGER", nullable: true),
                    BasePriceLevel = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    BasePriceLevelYear = table.Column<int>(type: "INTEGER", nullable: true),
                    RegionalNote = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Subtotal = table.Column<long>(type: "INTEGER", nullable: false),
                    Discount = table.Column<long>(type: "INTEGER", nullable: false),
                    Net = table.Column<long>(type: "INTEGER", nullable: false),
                    Tax = table.Column<long>(type: "INTEGER", nullable: false),
                    Gross = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_pricing_quote_lines", x => new { x.QuoteId, x.Position });
                    table.ForeignKey(
                        name: "FK_azora_pricing_quote_lines_azora_pricing_quotes_QuoteId",
                        column: x => x.QuoteId,
                        principalTable: "azora_pricing_quotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "azora_pricing_subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    IntervalUnit = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    IntervalCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AnchorAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PeriodIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentPeriodStart = table.Column<long>(type: "INTEGER", nullable: false),
                    CurrentPeriodEnd = table.Column<long>(type: "INTEGER", nullable: false),
                    CurrentPeriodAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    ScheduledPlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ScheduledPlanAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    ScheduledIntervalUnit = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ScheduledIntervalCount = table.Column<int>(type: "INTEGER", nullable: true),
                    CancelAtPeriodEnd = table.Column<bool>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CouponId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DiscountPercentBasisPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    DiscountAmountOff = table.Column<long>(type: "INTEGER", nullable: true),
                    DiscountPeriodsLeft = table.Column<int>(type: "INTEGER", nullable: true),
                    ChargesWritten = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_pricing_subscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_azora_pricing_subscriptions_azora_pricing_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "azora_pricing_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "azora_pricing_subscription_charges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<long>(type: "INTEGER", nullable: false),
                    PeriodEnd = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_pricing_subscription_charges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_azora_pricing_subscription_charges_azora_pricing_subscriptions_SubscriptionId",
                        column: x => x.SubscriptionId,
                        principalTable: "azora_pricing_subscriptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_azora_pricing_coupon_redemptions_CouponId_CustomerId_CustomerOrdinal",
                table: "azora_pricing_coupon_redemptions",
                columns: new[] { "CouponId", "CustomerId", "CustomerOrdinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_pricing_coupon_redemptions_CouponId_Reference",
                table: "azora_pricing_coupon_redemptions",
                columns: new[] { "CouponId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_pricing_coupons_Code",
                table: "azora_pricing_coupons",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_pricing_idempotency_keys_CreatedAt",
                table: "azora_pricing_idempotency_keys",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_azora_pricing_plans_PriceBookId_Code",
                table: "azora_pricing_plans",
                columns: new[] { "PriceBookId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_pricing_price_books_Currency",
                table: "azora_pricing_price_books",
                column: "Currency",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_pricing_product_prices_PriceBookId_ProductId",
                table: "azora_pricing_product_prices",
                columns: new[] { "PriceBookId", "ProductId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_pricing_quotes_OwnerSubject_Id",
                table: "azora_pricing_quotes",
                columns: new[] { "OwnerSubject", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_pricing_subscription_charges_SubscriptionId_Sequence",
                table: "azora_pricing_subscription_charges",
                columns: new[] { "SubscriptionId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_pricing_subscriptions_CustomerId_Id",
                table: "azora_pricing_subscriptions",
                columns: new[] { "CustomerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_pricing_subscriptions_PlanId",
                table: "azora_pricing_subscriptions",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "azora_pricing_coupon_amounts");

            migrationBuilder.DropTable(
                name: "azora_pricing_coupon_redemptions");

            migrationBuilder.DropTable(
                name: "azora_pricing_coupon_targets");

            migrationBuilder.DropTable(
                name: "azora_pricing_idempotency_keys");

            migrationBuilder.DropTable(
                name: "azora_pricing_product_prices");

            migrationBuilder.DropTable(
                name: "azora_pricing_quote_lines");

            migrationBuilder.DropTable(
                name: "azora_pricing_subscription_charges");

            migrationBuilder.DropTable(
                name: "azora_pricing_coupons");

            migrationBuilder.DropTable(
                name: "azora_pricing_quotes");

            migrationBuilder.DropTable(
                name: "azora_pricing_subscriptions");

            migrationBuilder.DropTable(
                name: "azora_pricing_plans");

            migrationBuilder.DropTable(
                name: "azora_pricing_price_books");
        }
    }
}
