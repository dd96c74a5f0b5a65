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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payment_service_holds");

            migrationBuilder.DropTable(
                name: "payment_service_idempotency_keys");

            migrationBuilder.DropTable(
                name: "payment_service_transfers");

            migrationBuilder.DropTable(
                name: "payment_service_accounts");
        }
    }
}
