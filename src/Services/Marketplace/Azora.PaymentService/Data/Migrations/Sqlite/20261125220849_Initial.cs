using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.PaymentService.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payment_service_accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Guarded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Balance = table.Column<long>(type: "INTEGER", nullable: false),
                    Reserved = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_service_accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payment_service_idempotency_keys",
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
                    table.PrimaryKey("PK_payment_service_idempotency_keys", x => new { x.Caller, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "payment_service_payment_intents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PayerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    CaptureMethod = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SellerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PaymentMethod = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProviderPaymentId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AmountCaptured = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountRefunded = table.Column<long>(type: "INTEGER", nullable: false),
                    FeeCaptured = table.Column<long>(type: "INTEGER", nullable: false),
                    FeeRefunded = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SucceededAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CanceledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_service_payment_intents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payment_service_reward_grants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Earned = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    TransferId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_service_reward_grants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payment_service_webhook_endpoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EventTypes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_service_webhook_endpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payment_service_holds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DebitAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreditAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    TransferId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_service_holds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payment_service_holds_payment_service_accounts_CreditAccountId",
                        column: x => x.CreditAccountId,
                        principalTable: "payment_service_accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_payment_service_holds_payment_service_accounts_DebitAccountId",
                        column: x => x.DebitAccountId,
                        principalTable: "payment_service_accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "payment_service_payouts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Destination = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ProviderPayoutId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AvailableAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_service_payouts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payment_service_payouts_payment_service_accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "payment_service_accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "payment_service_transfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DebitAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreditAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reverses = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_service_transfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payment_service_transfers_payment_service_accounts_CreditAccountId",
                        column: x => x.CreditAccountId,
                        principalTable: "payment_service_accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_payment_service_transfers_payment_service_accounts_DebitAccountId",
                        column: x => x.DebitAccountId,
                        principalTable: "payment_service_accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "payment_service_refunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IntentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Fee = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProviderRefundId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_service_refunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payment_service_refunds_payment_service_payment_intents_IntentId",
                        column: x => x.IntentId,
                        principalTable: "payment_service_payment_intents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "payment_service_webhook_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndpointId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastStatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_service_webhook_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payment_service_webhook_deliveries_payment_service_webhook_endpoints_EndpointId",
                        column: x => x.EndpointId,
                        principalTable: "payment_service_webhook_endpoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_accounts_OwnerId_Kind_Currency",
                table: "payment_service_accounts",
                columns: new[] { "OwnerId", "Kind", "Currency" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_holds_CreditAccountId",
                table: "payment_service_holds",
                column: "CreditAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_holds_DebitAccountId",
                table: "payment_service_holds",
                column: "DebitAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_holds_State_ExpiresAt",
                table: "payment_service_holds",
                columns: new[] { "State", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_holds_TransferId",
                table: "payment_service_holds",
                column: "TransferId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_idempotency_keys_CreatedAt",
                table: "payment_service_idempotency_keys",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_payment_intents_PayerId_CreatedAt",
                table: "payment_service_payment_intents",
                columns: new[] { "PayerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_payment_intents_Status",
                table: "payment_service_payment_intents",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_payouts_AccountId",
                table: "payment_service_payouts",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_payouts_OwnerId_CreatedAt",
                table: "payment_service_payouts",
                columns: new[] { "OwnerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_payouts_Status_AvailableAt",
                table: "payment_service_payouts",
                columns: new[] { "Status", "AvailableAt" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_refunds_IntentId_CreatedAt",
                table: "payment_service_refunds",
                columns: new[] { "IntentId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_reward_grants_LearnerId_Day",
                table: "payment_service_reward_grants",
                columns: new[] { "LearnerId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_reward_grants_SourceKey",
                table: "payment_service_reward_grants",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_transfers_CreditAccountId_CreatedAt",
                table: "payment_service_transfers",
                columns: new[] { "CreditAccountId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_transfers_DebitAccountId_CreatedAt",
                table: "payment_service_transfers",
                columns: new[] { "DebitAccountId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_transfers_Reverses",
                table: "payment_service_transfers",
                column: "Reverses",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_webhook_deliveries_EndpointId_CreatedAt",
                table: "payment_service_webhook_deliveries",
                columns: new[] { "EndpointId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_webhook_deliveries_Status_NextAttemptAt",
                table: "payment_service_webhook_deliveries",
                columns: new[] { "Status", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payment_service_holds");

            migrationBuilder.DropTable(
                name: "payment_service_idempotency_keys");

            migrationBuilder.DropTable(
                name: "payment_service_payouts");

            migrationBuilder.DropTable(
                name: "payment_service_refunds");

            migrationBuilder.DropTable(
                name: "payment_service_reward_grants");

            migrationBuilder.DropTable(
                name: "payment_service_transfers");

            migrationBuilder.DropTable(
                name: "payment_service_webhook_deliveries");

            migrationBuilder.DropTable(
                name: "payment_service_payment_intents");

            migrationBuilder.DropTable(
                name: "payment_service_accounts");

            migrationBuilder.DropTable(
                name: "payment_service_webhook_endpoints");
        }
    }
}
