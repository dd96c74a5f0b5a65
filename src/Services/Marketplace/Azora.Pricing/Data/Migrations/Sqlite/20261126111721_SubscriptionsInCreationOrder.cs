using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.Pricing.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SubscriptionsInCreationOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_azora_pricing_subscriptions_CustomerId_Id",
                table: "azora_pricing_subscriptions");

            migrationBuilder.CreateIndex(
                name: "IX_azora_pricing_subscriptions_CustomerId_CreatedAt_Id",
                table: "azora_pricing_subscriptions",
                columns: new[] { "CustomerId", "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_azora_pricing_subscriptions_CustomerId_CreatedAt_Id",
                table: "azora_pricing_subscriptions");

            migrationBuilder.CreateIndex(
                name: "IX_azora_pricing_subscriptions_CustomerId_Id",
                table: "azora_pricing_subscriptions",
                columns: new[] { "CustomerId", "Id" });
        }
    }
}
