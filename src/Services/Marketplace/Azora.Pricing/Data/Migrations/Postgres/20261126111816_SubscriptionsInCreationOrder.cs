using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.Pricing.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SubscriptionsInCreationOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_subscriptions_CustomerId_Id",
                table: "subscriptions");

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_CustomerId_CreatedAt_Id",
                table: "subscriptions",
                columns: new[] { "CustomerId", "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_subscriptions_CustomerId_CreatedAt_Id",
                table: "subscriptions");

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_CustomerId_Id",
                table: "subscriptions",
                columns: new[] { "CustomerId", "Id" });
        }
    }
}
